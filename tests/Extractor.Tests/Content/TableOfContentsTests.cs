using Extractor.Content;

namespace Extractor.Tests.Content;

public sealed class TableOfContentsTests
{
    private static string Sections(params string[] headings) =>
        string.Concat(headings.Select((h, i) => $"<h2>{h}</h2>{ContentPipeline.Paragraph(i * 2)}{ContentPipeline.Paragraph(i * 2 + 1)}"));

    [Fact]
    public void A_list_repeating_the_headings_below_it_is_dropped_whatever_its_markup()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(100)}
            <ol><li><span>1. Why it matters</span></li><li><span>2. What changed this year</span></li><li><span>3. What comes next</span></li></ol>
            {Sections("Why it matters", "What changed this year", "What comes next")}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.DoesNotContain(texts, t => t.StartsWith("1. ", StringComparison.Ordinal) || t.StartsWith("3. ", StringComparison.Ordinal));
        Assert.Equal(3, texts.Count(t => t.StartsWith("What", StringComparison.Ordinal) || t.StartsWith("Why", StringComparison.Ordinal)));
        Assert.Contains(texts, t => t.StartsWith("Paragraph 100 ", StringComparison.Ordinal));
    }

    [Fact]
    public void In_page_links_to_the_sections_are_dropped_with_the_entry_between_them_whose_heading_was_reworded()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(100)}
            <ul><li><a href="#a">Why it matters</a></li><li><a href="#b">What changed</a></li><li><a href="#x">Our verdict</a></li><li><a href="#c">What comes next</a></li></ul>
            {Sections("Why it matters", "What changed", "What comes next")}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.DoesNotContain("Our verdict", texts);
        Assert.Single(texts, "What changed");
    }

    [Fact]
    public void Two_lines_naming_sections_are_text_not_a_table_of_contents()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(100)}
            <ul><li>Why it matters</li><li>What changed</li></ul>
            {Sections("Why it matters", "What changed", "What comes next")}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Equal(2, texts.Count(t => t == "Why it matters"));
    }

    [Fact]
    public void Terms_matching_headings_with_sentences_between_them_are_a_glossary_and_kept()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(100)}
            <p>Router</p><p>The router assigns the addresses.</p><p>Resolver</p><p>The resolver answers the queries.</p><p>Tunnel</p><p>The tunnel reaches home.</p>
            {Sections("Router", "Resolver", "Tunnel")}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Contains("The resolver answers the queries.", texts);
        Assert.Equal(2, texts.Count(t => t == "Resolver"));
    }

    [Fact]
    public void Rows_of_a_table_naming_sections_are_data()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(100)}
            <table><tr><td>Router</td><td>12</td></tr><tr><td>Resolver</td><td>9</td></tr><tr><td>Tunnel</td><td>4</td></tr></table>
            {Sections("Router", "Resolver", "Tunnel")}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.Contains("Tunnel | 4", texts);
        Assert.Equal(1, texts.Count(t => t == "Tunnel"));
    }

    [Theory]
    [InlineData("2.1 Cherry blossom time", "cherry blossom time")]
    [InlineData("01 Why Is It Slow?", "why is it slow")]
    [InlineData("What’s new — and why", "what s new and why")]
    public void Entries_and_headings_compare_without_numbering_case_or_punctuation(string text, string key) =>
        Assert.Equal(key, TableOfContents.Key(text));

    [Fact]
    public void Entries_match_headings_of_any_first_letter_whatever_their_case_and_numbering()
    {
        string html = ContentPipeline.Page($"""
            {ContentPipeline.Paragraph(100)}
            <ul><li>1) ALPHA</li><li>2. Beta, again</li><li>- gamma rays</li></ul>
            {Sections("Alpha", "Beta again", "Gamma Rays")}
            """);

        string[] texts = ContentPipeline.OwnTexts(html);

        Assert.DoesNotContain("1) ALPHA", texts);
        Assert.DoesNotContain("- gamma rays", texts);
        Assert.Contains("Gamma Rays", texts);
    }
}
