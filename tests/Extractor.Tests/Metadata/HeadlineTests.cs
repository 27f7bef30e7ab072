using Extractor.Metadata;

namespace Extractor.Tests.Metadata;

public sealed class HeadlineTests
{
    [Theory]
    [InlineData("Storm closes schools – World News Desk", "World News Desk", "Storm closes schools")]
    [InlineData("Storm closes schools | The Daily Post", "The Daily Post", "Storm closes schools")]
    [InlineData("Storm closes schools - Daily Post", "The Daily Post", "Storm closes schools")]
    [InlineData("The Daily Post | Storm closes schools", "The Daily Post", "Storm closes schools")]
    [InlineData("Storm closes schools in three counties | Brand", null, "Storm closes schools in three counties")]
    [InlineData("Storm closes schools - Local - dailypost.com", null, "Storm closes schools")]
    [InlineData("How to help toddlers sleep through the night | Patient Education | Children's Hospital", null, "How to help toddlers sleep through the night")]
    [InlineData("Storm closes schools in three counties - Part 1", null, "Storm closes schools in three counties")]
    [InlineData("Spider-Man - Far From Home review", null, "Spider-Man - Far From Home review")]
    [InlineData("The Agency | ML (Machine Learning) at Georgia Tech", null, "ML (Machine Learning) at Georgia Tech")]
    [InlineData("Webcams - Yosemite National Park (U.S. National Park Service)", null, "Yosemite National Park (U.S. National Park Service)")]
    [InlineData("21+ Best Movers / Moving Companies in San Francisco (2024)", null, "21+ Best Movers / Moving Companies in San Francisco (2024)")]
    public void Title_loses_its_site_name_suffix(string title, string? siteName, string expected)
    {
        Assert.Equal(expected, TitleCleaner.Clean(title, siteName, "www.dailypost.com"));
    }

    [Fact]
    public void The_h1_wins_when_it_agrees_with_the_metadata_title()
    {
        PageMetadata m = Html.Read(
            """<title>Council votes to keep the library open | Town Crier</title><meta property="og:site_name" content="Town Crier">""",
            "<header><h1>Town Crier</h1></header><article><h1>Council votes to keep the library open, for now</h1></article>");

        Assert.Equal("Council votes to keep the library open, for now", m.Headline);
    }

    [Fact]
    public void A_title_suffix_is_stripped_when_there_is_no_h1()
    {
        PageMetadata m = Html.Read("<title>Biden administration quietly reaches out to North Korea &#8211; World News Desk</title>");

        Assert.Equal("Biden administration quietly reaches out to North Korea", m.Headline);
    }

    [Fact]
    public void A_heading_broken_by_br_keeps_its_words_apart()
    {
        PageMetadata m = Html.Read("<title>Weekend Coding Agent | Labs</title>", "<h1>WEEKEND<br>CODING<br>AGENT</h1>");

        // The words stay apart; the capitals are styling, so the title's casing of the same words is the headline.
        Assert.Equal("Weekend Coding Agent", m.Headline);
    }

    [Fact]
    public void The_h1_wins_when_the_document_title_says_exactly_what_it_says()
    {
        PageMetadata m = Html.Read(
            """<title>Best laptops 2026: Premium, budget, gaming and more | Gadget Hall</title><meta property="og:site_name" content="Gadget Hall"><meta property="og:title" content="Buying a laptop? These are the picks you can buy today">""",
            "<h1>Best laptops 2026: Premium, budget, gaming and more</h1>");

        Assert.Equal("Best laptops 2026: Premium, budget, gaming and more", m.Headline);
    }

    [Fact]
    public void A_short_segment_cut_from_the_title_still_counts_towards_its_words_in_common_with_the_h1()
    {
        PageMetadata m = Html.Read(
            """<meta property="og:title" content="Best Apps to Learn a Language in 2025 – Top 10 Picks">""",
            "<h1>Top 10: Best Language Learning App (tested by experts)</h1>");

        Assert.Equal("Top 10: Best Language Learning App (tested by experts)", m.Headline);
    }

    [Fact]
    public void A_short_trailing_segment_stays_when_asked_and_no_segment_names_the_site() =>
        Assert.Equal("Best Apps in 2025 – Top 10 Picks", TitleCleaner.Clean("Best Apps in 2025 – Top 10 Picks", null, "www.dailypost.com", shortSuffix: false));

    [Fact]
    public void Metadata_title_is_used_when_the_h1_is_unrelated()
    {
        PageMetadata m = Html.Read(
            """<meta property="og:title" content="Rail strike called off">""",
            "<h1>Newsletter</h1><p>Sign up</p>");

        Assert.Equal("Rail strike called off", m.Headline);
    }

    [Fact]
    public void A_one_word_heading_that_the_long_title_mentions_is_not_the_headline()
    {
        PageMetadata m = Html.Read(
            """<meta property="og:title" content="How we broke into Discord, Vercel and hundreds of companies through one package">""",
            "<h1>writeup.md</h1><p>Body.</p><h1>Discord</h1><p>More.</p>");

        Assert.Equal("How we broke into Discord, Vercel and hundreds of companies through one package", m.Headline);
    }

    [Fact]
    public void The_date_in_a_time_element_inside_the_h1_is_not_part_of_the_headline()
    {
        PageMetadata m = Html.Read(
            """<meta property="og:title" content="Preparing a transition in Debusine">""",
            "<h1><a href=\"/post\"><time datetime=\"2025-12-18\">Dec <span>18</span> 2025</time> Preparing a transition in Debusine</a></h1><p>Body.</p>");

        Assert.Equal("Preparing a transition in Debusine", m.Headline);
    }

    [Fact]
    public void A_headline_cut_short_gives_way_to_the_title_that_completes_it()
    {
        PageMetadata m = Html.Read(
            Html.JsonLd("""{"@type":"BlogPosting","headline":"We Help 4 Readers Find Solutions (Including"}""")
            + """<meta property="og:title" content="We Help 4 Readers Find Solutions (Including One Universal Trick) - Emily's Blog"><meta property="og:site_name" content="Emily's Blog">""");

        Assert.Equal("We Help 4 Readers Find Solutions (Including One Universal Trick)", m.Headline);
    }
}
