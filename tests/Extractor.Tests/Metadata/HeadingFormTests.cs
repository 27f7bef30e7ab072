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
