using Extractor.Metadata;

namespace Extractor.Tests.Metadata;

public sealed class HeadingFormTests
{
    [Fact]
    public void Heading_in_capitals_gives_way_to_the_metadata_title()
    {
        PageMetadata m = Html.Read(
            """<meta property="og:title" content="Best Kettles 2026: Tips From Tea Pros">""",
            "<article><h1>BEST KETTLES IN 2026: TIPS FROM TEA PROS</h1><p>Body.</p></article>");

        Assert.Equal("Best Kettles 2026: Tips From Tea Pros", m.Headline);
    }

    [Fact]
    public void Heading_in_capitals_takes_the_cased_words_from_the_start_of_the_title()
    {
        Assert.Equal("Weekend Coding Agent", HeadingForm.Prefer("WEEKEND CODING AGENT", "Weekend Coding Agent | Example Labs"));
    }

    [Fact]
    public void Heading_with_a_one_word_label_before_the_title_gives_way_to_the_title()
    {
        PageMetadata m = Html.Read(
            """<meta property="og:title" content="Best Ad Agencies in 2025 (Ranked)">""",
            "<article><h1><strong>Blog:</strong> Best Ad Agencies in 2025 (Ranked)</h1><p>Body.</p></article>");

        Assert.Equal("Best Ad Agencies in 2025 (Ranked)", m.Headline);
    }

    [Theory]
    [InlineData("Yoga: Body, Breath and Mind", "Yoga: Body, Breath and Mind")]
    [InlineData("n8n: A Guide to Automation", "A Guide to Automation, Explained")]
    public void Heading_whose_colon_is_part_of_the_headline_is_kept(string heading, string title)
    {
        Assert.Equal(heading, HeadingForm.Prefer(heading, title));
    }

    [Fact]
    public void Heading_followed_by_an_aggregators_source_address_and_comment_count_gives_way_to_the_title()
    {
        PageMetadata m = Html.Read(
            """<meta property="og:title" content="Grads Find Their Degrees No Longer Guarantee Jobs - Newsdesk">""",
            """
            <article><h1><span><a href="/story/1">Grads Find Their Degrees No Longer Guarantee Jobs</a>
            <a href="https://www.latimes.com/x">(latimes.com)</a></span> <span><a href="/story/1#comments">87</a></span></h1>
            <p>Body.</p></article>
            """);

        Assert.Equal("Grads Find Their Degrees No Longer Guarantee Jobs", m.Headline);
    }

    [Theory]
    [InlineData("Grads Find Jobs (latimes.com)", "Grads Find Jobs", true)]
    [InlineData("Grads Find Jobs (news.example.co.uk) 12", "Grads Find Jobs", true)]
    [InlineData("Grads Find Jobs (Updated)", "Grads Find Jobs", false)]
    [InlineData("Grads Find Jobs 2025", "Grads Find Jobs", false)]
    [InlineData("Grads Find Jobs in Boston (latimes.com)", "Grads Find Jobs", false)]
    public void Only_a_parenthesised_address_and_a_count_after_the_title_are_a_source_note(string heading, string title, bool expected)
    {
        Assert.Equal(expected, HeadingForm.HasSourceNote(heading, title));
    }

    [Fact]
    public void Heading_whose_characters_a_broken_encoding_turned_into_question_marks_gives_way_to_the_title()
    {
        PageMetadata m = Html.Read(
            """<meta property="og:title" content="What Are The Basics Of Event Planning: Beginner&#x27;s Guide">""",
            "<article><h1>What Are The Basics Of Event Planning? Beginner? Guide</h1><p>Body.</p></article>");

        Assert.Equal("What Are The Basics Of Event Planning: Beginner's Guide", m.Headline);
    }

    [Theory]
    [InlineData("Caf\uFFFD au lait at home", "Café au lait at home", true)]
    [InlineData("Is It Worth It? Yes", "Is It Worth It? Yes", false)]
    [InlineData("Is It Worth It?", "Is It Worth It", false)]
    [InlineData("Why? Because", "Why the Because", false)]
    [InlineData("Planning? Beginner? Guide", "Planning: Beginner's Guide!", false)]
    public void A_heading_is_garbled_only_where_a_mark_stands_for_one_or_two_characters_of_the_title(string heading, string title, bool expected)
    {
        Assert.Equal(expected, HeadingForm.IsGarbled(heading, title));
    }

    [Theory]
    [InlineData("TIPS FOR ONLINE SUCCESS", true)]
    [InlineData("Tips for Online Success", false)]
    [InlineData("AI VS ML", false)]
    public void Capitals_need_enough_letters_and_no_lower_case(string text, bool expected)
    {
        Assert.Equal(expected, HeadingForm.IsCapitals(text));
    }

    [Theory]
    [InlineData("ashwell.example Vibe Coding", "Vibe Coding")]
    [InlineData("Vibe Coding ashwell.example", "Vibe Coding")]
    [InlineData("ashwell.exampled Coding", "ashwell.exampled Coding")]
    public void Site_address_written_beside_the_title_with_a_space_is_dropped(string title, string expected)
    {
        Assert.Equal(expected, TitleCleaner.Clean(title, null, "www.ashwell.example"));
    }
}
