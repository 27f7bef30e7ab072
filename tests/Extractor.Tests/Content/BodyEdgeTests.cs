using Extractor.Content;

namespace Extractor.Tests.Content;

/// <summary>The head and tail of a body: what stands between the headline and the text, and what follows it.</summary>
public sealed class BodyEdgeTests
{
    private static string P(int n) => ContentPipeline.Paragraph(n);

    [Fact]
    public void Subtitle_leading_the_body_is_dropped_but_an_excerpt_class_inside_the_text_is_kept()
    {
        string html = ContentPipeline.Page($"""
            <div class="post-header"><h3 class="subtitle">What the harbour teaches us about patience, and why it matters</h3></div>
            <div class="body">{P(1)}<div class="quote-excerpt"><p>An excerpt quoted in the text, long enough to count as a line of the article.</p></div>{P(2)}</div>
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.DoesNotContain(texts, t => t.StartsWith("What the harbour", StringComparison.Ordinal));
        Assert.StartsWith("Paragraph 1 ", texts[0], StringComparison.Ordinal);
        Assert.Contains(texts, t => t.StartsWith("An excerpt quoted", StringComparison.Ordinal));
    }

    [Fact]
    public void Date_and_byline_line_opening_the_body_is_dropped()
    {
        string html = ContentPipeline.Page($"""
            <div class="meta-line">03/01/2017 by Jane Roe, Candidate Representative to the Liaison Committee</div>
            {P(1)}{P(2)}
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.Equal(2, texts.Length);
        Assert.StartsWith("Paragraph 1 ", texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_of_dated_lines_opening_the_body_is_kept()
    {
        string html = ContentPipeline.Page($"""
            <p>September 10, 12pm - 1pm, Room 217</p><p>September 17, 12pm - 1pm, Room 217</p><p>September 24, 12pm - 1pm, Room 217</p>
            {P(1)}{P(2)}
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.Equal(5, texts.Length);
        Assert.Equal("September 24, 12pm - 1pm, Room 217", texts[2]);
    }

    [Fact]
    public void Author_name_and_date_set_as_a_list_above_the_text_are_dropped()
    {
        string html = ContentPipeline.Page($"""
            <ul class="x1"><li>Dr. Allen</li><li>Jan 4</li></ul>
            {P(1)}{P(2)}
            <ul><li>Updates</li><li>2021-08-09 Emphasized the steps of choosing a tool for a job.</li></ul>
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.StartsWith("Paragraph 1 ", texts[0], StringComparison.Ordinal);
        Assert.Contains("Updates", texts);
    }

    [Fact]
    public void Section_heading_that_starts_with_by_is_kept()
    {
        string html = ContentPipeline.Page($"""
            {P(1)}<h3>By Functionality</h3>{P(2)}<h3>By Audience</h3>{P(3)}
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.Contains("By Functionality", texts);
        Assert.Contains("By Audience", texts);
    }

    [Fact]
    public void Linked_paragraph_in_a_data_table_is_kept_but_a_linked_call_to_action_in_a_lone_cell_is_not()
    {
        string html = ContentPipeline.Page($"""
            {P(1)}
            <table><tr><td><p><a href="/services">Publishing Service</a></p></td><td>Typical cost</td></tr>
            <tr><td><p>Editing</p></td><td>$500 to $2,000 per manuscript</td></tr></table>
            {P(2)}
            <table><tr><td><p><a href="/wine-101">Done learning about wine regions? Return to the wine page.</a></p></td></tr></table>
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.Contains("Publishing Service | Typical cost", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("Done learning", StringComparison.Ordinal));
    }

    [Fact]
    public void Heading_over_an_empty_section_of_the_page_is_kept_but_a_section_the_filters_emptied_is_dropped()
    {
        string html = ContentPipeline.Page($"""
            {P(1)}
            <h3>Windows app development process</h3><h2>Windows app development process</h2>{P(2)}
            <h2>Elsewhere on the site</h2><div class="newsletter-box"><p>Get the best stories of the week in your inbox every Friday morning.</p></div>
            <h2>What comes next</h2>{P(3)}
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.Equal(2, texts.Count(t => t == "Windows app development process"));
        Assert.DoesNotContain("Elsewhere on the site", texts);
        Assert.Contains("What comes next", texts);
    }

    [Fact]
    public void Like_widget_image_credit_and_helpfulness_prompt_after_the_text_are_dropped()
    {
        string html = ContentPipeline.Page($"""
            {P(1)}{P(2)}
            <p><em>Image used under license from Shutterstock</em></p>
            <div class="sharedaddy sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">Like this:</h3><span>Like</span> <span>Loading...</span></div>
            <p>Was this article helpful?</p>
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.Equal(2, texts.Length);
    }

    [Fact]
    public void Author_box_headed_by_the_authors_name_and_a_trailing_name_are_dropped()
    {
        const string Head = """<!DOCTYPE html><html><head><title>A headline about things</title><meta name="author" content="Jane Roe"></head><body><main><article><h1>A headline about things</h1>""";
        string boxed = Head + P(1) + P(2) + P(3) + "<h4>Jane Roe</h4><p>Copywriter. Jane writes compelling and strategic content for brands of every size.</p></article></main></body></html>";
        string signed = Head + P(1) + P(2) + "<p>Jane Roe</p></article></main></body></html>";
        string headed = Head + "<ul><li><a href=\"/authors/jane\">JANE ROE</a></li></ul>" + P(1) + P(2) + "</article></main></body></html>";

        Assert.Equal(3, ContentPipeline.Texts(boxed).Length);
        Assert.Equal(2, ContentPipeline.Texts(signed).Length);
        Assert.Equal(2, ContentPipeline.Texts(headed).Length);
    }

    [Fact]
    public void List_of_links_inside_the_text_is_kept_but_one_after_the_text_is_dropped()
    {
        string html = ContentPipeline.Page($"""
            {P(1)}
            <ul><li><a href="/registers">Registers</a></li><li><a href="/interrupts">External interrupts</a></li><li><a href="/timers">Timer interrupts</a></li></ul>
            {P(2)}
            <ul><li><a href="/other-1">Another story worth reading today</a></li><li><a href="/other-2">Yet another story worth reading</a></li></ul>
            """);

        string[] texts = ContentPipeline.Texts(html);

        Assert.Contains("Timer interrupts", texts);
        Assert.DoesNotContain("Another story worth reading today", texts);
    }

    [Fact]
    public void An_author_box_with_tabs_ends_the_body_with_its_tab_labels()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}{ContentPipeline.Paragraph(3)}
            <p>See you on retreat!</p>
            <div class="abh_box"><ul class="abh_tabs"><li><a href="#about">Author</a></li><li><a href="#posts">Recent Posts</a></li></ul>
            <div class="abh_posts"><div>Latest posts by Jane Doe (see all)</div>
            <ul><li><a href="/a">A guide to surviving a long flight</a> - December 8, 2025</li><li><a href="/b">Retreats for 2026</a> - November 27, 2025</li></ul></div></div>
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Equal("See you on retreat!", texts[^1]);
    }

    [Fact]
    public void A_teaser_of_the_article_itself_above_the_text_is_dropped()
    {
        const string title = "Plumbers train as substitute teachers";
        string html = ContentPipeline.Page($"""
            <p>{title} Texas plumbers are getting trained as substitute teachers so that teachers can protest at the state Capitol.</p>
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}
            """, title);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.All(texts, t => Assert.StartsWith("Paragraph ", t, StringComparison.Ordinal));
    }

    [Fact]
    public void A_lede_whose_subject_is_the_headline_is_kept()
    {
        const string title = "Beginners Sourdough Bread Recipe";
        string html = ContentPipeline.Page($"""
            <p>Beginners Sourdough Bread Recipe uses simple ingredients, has a crusty exterior, an airy crumb and a wonderful tangy flavor.</p>
            {ContentPipeline.Paragraph(1)}{ContentPipeline.Paragraph(2)}
            """, title);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.StartsWith("Beginners Sourdough Bread Recipe uses", texts[0], StringComparison.Ordinal);
    }
}
