using Extractor.Cleaning;
using Extractor.Content;
using Extractor.Metadata;
using Extractor.Parsing;

namespace Extractor.Tests.Content;

public sealed class ContentFinderTests
{
    [Fact]
    public void Body_split_by_newsletter_box_and_ad_is_merged_in_order()
    {
        string html = ContentPipeline.Page($"""
            <div class="entry-content">{ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}</div>
            <div class="newsletter-signup"><h3>Get our newsletter</h3><p>Sign up to receive the best stories every morning in your inbox, free of charge.</p></div>
            <div class="ad-slot"><p>Advertisement</p></div>
            <div class="entry-content">{ContentPipeline.Paragraph(3)}{ContentPipeline.Paragraph(4)}</div>
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.Equal(4, texts.Length);
        for (int i = 0; i < 4; i++)
        {
            Assert.StartsWith($"Paragraph {i + 1} ", texts[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Headings_lists_tables_and_quotes_are_kept_in_reading_order_with_their_kinds()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}
            <h2>What to pack</h2>
            <ol><li>A warm jacket for the evenings</li><li>Boots that are already broken in</li></ol>
            <blockquote><p>Pack light, then take out half of it again before you leave home.</p></blockquote>
            <table><tr><td>Day one</td><td>Twelve kilometres along the ridge</td></tr></table>
            {ContentPipeline.Paragraph(2)}
            """);

        var blocks = ContentPipeline.Blocks(html);

        Assert.Equal(
            [BlockKind.Paragraph, BlockKind.Heading, BlockKind.ListItem, BlockKind.ListItem, BlockKind.BlockQuote, BlockKind.TableRow, BlockKind.Paragraph],
            blocks.Select(b => b.Kind));
        Assert.Equal("What to pack", blocks[1].Text);
        Assert.Equal(2, blocks[1].Level);
        Assert.Equal(1, blocks[2].Level);
        Assert.Equal("Day one | Twelve kilometres along the ridge", blocks[5].Text);
    }

    [Fact]
    public void Headline_caption_byline_share_bar_tags_and_author_bio_are_left_out()
    {
        string html = ContentPipeline.Page($"""
            <div class="byline">By Jane Reporter</div>
            <p class="meta">March 14, 2021</p>
            <figure><img src="x.jpg"><figcaption>The harbour at dawn, seen from the old lighthouse on the hill.</figcaption></figure>
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}
            <div class="share-buttons"><a href="/s">Share on Facebook</a> <a href="/t">Tweet</a></div>
            <div class="post-tags">Tags: <a href="/t/1">harbours</a>, <a href="/t/2">lighthouses</a></div>
            <div class="author-bio"><p>Jane Reporter covers the coast and has written about harbours for twenty years.</p></div>
            """);

        string[] texts = ContentPipeline.Texts(html);

        ContentPipeline.AssertOnlyParagraphs(texts, 2);
    }

    [Fact]
    public void Related_posts_cards_after_the_article_are_dropped_but_the_body_is_kept()
    {
        string cards = string.Concat(Enumerable.Range(1, 3).Select(i => $"""
            <div class="card"><h3><a href="/story-{i}">Another story number {i} with a long linked title</a></h3>
            <p>An excerpt of story {i} that reads like article text, two lines long, ending in the usual way.</p></div>
            """));
        string html = ContentPipeline.Page($"""
            <div class="post">{string.Concat(Enumerable.Range(1, 6).Select(ContentPipeline.Paragraph))}
            <h2>You might also enjoy</h2>{cards}</div>
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.Equal(6, texts.Length);
        Assert.DoesNotContain(texts, t => t.Contains("Another story", StringComparison.Ordinal));
    }

    [Fact]
    public void Article_delivered_in_a_hidden_element_for_a_script_to_reveal_is_found()
    {
        string html = $"""
            <html><body><nav><a href="/">Home</a> <a href="/a">About</a></nav><div>Loading…</div>
            <div hidden id="S:0"><article>{ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}</article></div>
            </body></html>
            """;

        string[] texts = ContentPipeline.Texts(html);

        Assert.Equal(3, texts.Length);
    }

    [Fact]
    public void Hidden_copy_of_a_visible_article_is_not_added()
    {
        string body = ContentPipeline.Paragraph(1) + ContentPipeline.Paragraph(2);
        string html = ContentPipeline.Page($"<div class=\"content\">{body}</div><div style=\"display:none\"><p>A hidden note for screen readers only that should stay out of the article body text.</p></div>");

        string[] texts = ContentPipeline.Texts(html);

        Assert.Equal(2, texts.Length);
    }

    [Fact]
    public void Layout_wrapper_named_sidebar_that_holds_the_article_is_not_boilerplate()
    {
        string html = $"""
            <html><body><div class="col-9 sidebar-first-only"><h2>Section</h2>{ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}</div>
            <div class="sidebar"><p><a href="/x">Something else to read today</a></p></div></body></html>
            """;

        string[] texts = ContentPipeline.Texts(html);

        Assert.Equal(3, texts.Length);
        Assert.Equal("Section", texts[0]);
    }

    [Fact]
    public void Words_in_adjacent_blocks_are_never_glued()
    {
        string html = ContentPipeline.Page("<div>First block ends here</div><div>Second block starts here, and it is a long enough line of text.</div><p>Third<br><br>Fourth line after two breaks, long enough to be kept in the body.</p>" + ContentPipeline.Paragraph(1));

        string[] texts = ContentPipeline.Texts(html);

        Assert.DoesNotContain(texts, t => t.Contains("hereSecond", StringComparison.Ordinal) || t.Contains("ThirdFourth", StringComparison.Ordinal));
        Assert.Contains("First block ends here", texts);
    }

    [Fact]
    public void Links_of_a_block_are_absolute()
    {
        string html = ContentPipeline.Page($"{ContentPipeline.Paragraph(1)}<p><strong>More:</strong> <a href=\"/2021/03/other-story/\">Another story</a></p>{ContentPipeline.Paragraph(2)}");

        var blocks = ContentPipeline.Blocks(html, new Uri("https://news.example/2021/03/this-story/"));

        var more = Assert.Single(blocks, b => b.Text.StartsWith("More:", StringComparison.Ordinal));
        var link = Assert.Single(more.Links);
        Assert.Equal("Another story", link.Text);
        Assert.Equal("https://news.example/2021/03/other-story/", link.Href);
    }

    [Fact]
    public void A_capitalised_word_in_an_element_right_after_a_lower_case_one_is_a_word_of_its_own()
    {
        string html = ContentPipeline.Page($"""
            <p><strong>Pros:</strong> Unrivaled customization and strong enterprise-grade security<strong>Cons:</strong> Steep learning curve.</p>
            <p>Meditation sharpens executive control<span class="br"></span><span>Meditation</span> also lowers rumination.</p>
            {ContentPipeline.Paragraph(1)}
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.Contains("security Cons: Steep", texts[0], StringComparison.Ordinal);
        Assert.Contains("control Meditation also", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_in_an_element_right_after_a_word_is_a_word_of_its_own()
    {
        string html = ContentPipeline.Page($"""
            <p>The dough needs its rest before the oven: <span class="label">Prep Time</span><span class="value">2</span> hrs, then a long rise overnight.</p>
            {ContentPipeline.Paragraph(1)}
            """);

        Assert.Contains("Prep Time 2 hrs", ContentPipeline.Texts(html)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Sub_and_superscript_digits_digits_before_letters_and_case_changes_inside_a_word_stay_joined()
    {
        string html = ContentPipeline.Page($"""
            <p>Water is H<sub>2</sub>O and CO<sub>2</sub> a gas, the room 20 m<sup>2</sup>, the 5<sup>th</sup> time the iPhone team said so in a long enough sentence.</p>
            {ContentPipeline.Paragraph(1)}
            """);

        Assert.Contains("H2O and CO2 a gas, the room 20 m2, the 5th time the iPhone team", ContentPipeline.Texts(html)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_permalink_that_reads_as_its_own_target_is_no_word_but_an_in_page_link_named_in_words_is()
    {
        string html = ContentPipeline.Page($"""
            <h2 id="section3">The sustainable circle<a class="subhead-anchor" href="#section3">#section3</a></h2>
            <p>The terms are explained at length further down the page, see the <a href="#glossary">glossary</a> for them all.</p>
            {ContentPipeline.Paragraph(1)}
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.Equal("The sustainable circle", texts[0]);
        Assert.Contains("see the glossary for", texts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_between_two_runs_of_text_separates_their_words()
    {
        string html = ContentPipeline.Page($"""
            <p>The venue was chosen in May<img src="/photo.jpg" alt="">After that the planning could finally begin in earnest.</p>
            {ContentPipeline.Paragraph(1)}
            """);

        Assert.Contains("May After that", ContentPipeline.Texts(html)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Text_folded_in_accordion_panels_is_kept_in_order()
    {
        string panels = string.Concat(Enumerable.Range(2, 3).Select(i => $"""
            <div class="acc-item"><a role="button" aria-controls="p{i}" id="h{i}">Step {i}</a>
            <div id="p{i}" role="region" aria-labelledby="h{i}" style="display:none">{ContentPipeline.Paragraph(i)}</div></div>
            """));
        string html = ContentPipeline.Page($"{ContentPipeline.Paragraph(1)}{panels}{ContentPipeline.Paragraph(5)}");

        string[] texts = ContentPipeline.Texts(html).Where(t => t.StartsWith("Paragraph", StringComparison.Ordinal)).ToArray();

        Assert.Equal(5, texts.Length);
        for (int i = 0; i < 5; i++)
        {
            Assert.StartsWith($"Paragraph {i + 1} ", texts[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_block_repeating_the_page_title_with_the_site_name_is_dropped_though_the_cleaner_removed_the_head()
    {
        string html = $"""
            <!DOCTYPE html><html><head><title>Weekly Signal #18 – The World Without Work?</title></head><body>
            <article><h1>The World Without Work?</h1><p>Weekly Signal #18 – The World Without Work?</p>
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}</article></body></html>
            """;

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.DoesNotContain(texts, t => t.Contains("Weekly Signal", StringComparison.Ordinal));
        Assert.Equal(3, texts.Count(t => t.StartsWith("Paragraph ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_long_link_list_inside_the_article_does_not_cost_it_its_place_to_one_of_its_entries()
    {
        string entries = string.Concat(Enumerable.Range(1, 6).Select(i => $"""
            <div class="entry"><h2>Entry {i}</h2>{string.Concat(Enumerable.Range(10 * i, 5).Select(ContentPipeline.Paragraph))}</div>
            """));
        string links = string.Concat(Enumerable.Range(1, 120).Select(i => $"""<li><a href="/city-{i}">Movers and packers in the city and county number {i}</a></li>"""));
        using var document = HtmlDocumentLoader.Load(ContentPipeline.Page($"{entries}<ul>{links}</ul>"));
        BoilerplateCleaner.Clean(document);

        string[] texts = ContentFinder.Find(document, MetadataReader.Read(document, null), null, secondOpinion: false).Select(b => b.Text).ToArray();

        Assert.Equal(6, texts.Count(t => t.StartsWith("Entry ", StringComparison.Ordinal)));
        Assert.Equal(30, texts.Count(t => t.StartsWith("Paragraph ", StringComparison.Ordinal)));
        Assert.DoesNotContain(texts, t => t.StartsWith("Movers and packers", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_and_pull_quote_wrapped_in_a_figure_are_content_but_the_figure_caption_is_not()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}
            <figure class="wp-block-table"><table><tr><th>Plan</th><th>Monthly price</th></tr><tr><td>Starter plan for one person</td><td>Twelve dollars a month</td></tr></table>
            <figcaption>Prices as listed by the vendor in March.</figcaption></figure>
            <figure class="pullquote"><blockquote><p>Pack light, then take out half of it again before you leave home.</p></blockquote></figure>
            <figure><img src="a.jpg"><figcaption>The harbour at dawn, seen from the old lighthouse on the hill.</figcaption></figure>
            {ContentPipeline.Paragraph(2)}
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.Contains("Plan | Monthly price", texts);
        Assert.Contains("Starter plan for one person | Twelve dollars a month", texts);
        Assert.Contains("Pack light, then take out half of it again before you leave home.", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("Prices as listed", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.StartsWith("The harbour at dawn", StringComparison.Ordinal));
    }

    [Fact]
    public void A_paragraph_the_json_ld_body_holds_is_recovered_from_a_section_named_like_page_chrome()
    {
        const string Intro = "So you have decided to give your home a refresh, but where should you begin among the swatches and the catalogues?";
        string article = $"""<div class="listicle-header"><p>{Intro}</p></div>{string.Concat(Enumerable.Range(1, 4).Select(ContentPipeline.Paragraph))}""";
        string without = ContentPipeline.Page(article);
        string with = without.Replace("</head>", JsonLdWithBody(before: Intro + " ") + "</head>", StringComparison.Ordinal);

        Assert.DoesNotContain(Intro, ContentPipeline.Texts(without));
        string[] texts = ContentPipeline.Texts(with);
        Assert.Equal(Intro, texts[0]);
        Assert.Equal(5, texts.Length);
    }

    [Fact]
    public void A_json_ld_summary_recovers_nothing()
    {
        const string Intro = "So you have decided to give your home a refresh, but where should you begin among the swatches and the catalogues?";
        string article = $"""<div class="listicle-header"><p>{Intro}</p></div>{string.Concat(Enumerable.Range(1, 4).Select(ContentPipeline.Paragraph))}""";
        string jsonLd = $$"""<script type="application/ld+json">{"@type":"Article","headline":"A headline about things","articleBody":"{{Intro}}"}</script>""";
        string html = ContentPipeline.Page(article).Replace("</head>", jsonLd + "</head>", StringComparison.Ordinal);

        Assert.DoesNotContain(Intro, ContentPipeline.Texts(html));
    }

    [Fact]
    public void Consent_fine_print_the_json_ld_body_also_holds_is_not_recovered()
    {
        const string Consent = "By signing up, you agree to receive recurring automated SMS marketing messages at the number provided. Msg and data rates may apply.";
        string article = $"""{string.Concat(Enumerable.Range(1, 4).Select(ContentPipeline.Paragraph))}<div class="listicle-header"><p>{Consent}</p></div>""";
        string html = ContentPipeline.Page(article).Replace("</head>", JsonLdWithBody(after: Consent) + "</head>", StringComparison.Ordinal);

        string[] texts = ContentPipeline.Texts(html);

        Assert.Equal(4, texts.Length);
        Assert.DoesNotContain(Consent, texts);
    }

    [Theory]
    [InlineData("<li><a href=\"https://gcc.example/patch-{0}\">libgccjit: add support for feature number {0}</a></li>")]
    [InlineData("<li><p><a href=\"https://gcc.example/patch-{0}\">libgccjit: add support for feature number {0}</a></p></li>")]
    public void A_list_of_links_amid_the_text_is_kept_whether_its_items_hold_paragraphs_or_not(string item)
    {
        string list = "<ul>" + string.Concat(Enumerable.Range(1, 4).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, item, i))) + "</ul>";
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}<p>Many patches were sent for review:</p>{list}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Equal(4, texts.Count(t => t.StartsWith("libgccjit:", StringComparison.Ordinal)));
    }

    /// <summary>A JSON-LD article whose body is the text of the first four <see cref="ContentPipeline.Paragraph"/>s,
    /// with <paramref name="before"/> and <paramref name="after"/> around them.</summary>
    private static string JsonLdWithBody(string before = "", string after = "") => $$"""
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"A headline about things",
        "articleBody":"{{before}}{{string.Concat(Enumerable.Range(1, 4).Select(i => ContentPipeline.ParagraphText(i) + " "))}}{{after}}"}</script>
        """;
}
