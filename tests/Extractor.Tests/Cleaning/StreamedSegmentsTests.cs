using Extractor.Cleaning;
using Extractor.Parsing;
using Extractor.Tests.Content;

namespace Extractor.Tests.Cleaning;

public sealed class StreamedSegmentsTests
{
    [Fact]
    public void Streamed_segment_replaces_its_boundary_and_the_loading_fallback()
    {
        using var document = HtmlDocumentLoader.Load("""
            <main><p>First.</p><!--$?--><template id="B:0"></template><div>Loading...</div><!--/$--><p>Last.</p></main>
            <div hidden id="S:0"><p>Streamed one.</p><p>Streamed two.</p></div>
            """);

        BoilerplateCleaner.Clean(document);

        Assert.Equal(["First.", "Streamed one.", "Streamed two.", "Last."], document.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.Null(document.QuerySelector("[hidden]"));
        Assert.DoesNotContain("Loading", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_short_fallback_right_after_the_boundary_is_dropped()
    {
        using var document = HtmlDocumentLoader.Load("""
            <main><template id="B:1"></template><div>Loading paragraph...</div><p>A paragraph that was already there.</p>
            <template id="B:2"></template><p>A paragraph longer than any loading placeholder would ever be.</p></main>
            <div hidden id="S:1"><p>Streamed.</p></div><div hidden id="S:2"><p>Streamed again.</p></div>
            """);

        BoilerplateCleaner.Clean(document);

        Assert.Equal(["Streamed.", "A paragraph that was already there.", "Streamed again.", "A paragraph longer than any loading placeholder would ever be."], document.QuerySelectorAll("p").Select(p => p.TextContent));
        Assert.DoesNotContain("Loading", document.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_segment_fills_the_hole_left_in_another_segment()
    {
        using var document = HtmlDocumentLoader.Load("""
            <main><p>Intro.</p><template id="B:0"></template></main>
            <div hidden id="S:0"><section><template id="P:5"></template><p>After the hole.</p></section></div>
            <div hidden id="S:5"><p>In the hole.</p></div>
            """);

        BoilerplateCleaner.Clean(document);

        Assert.Equal(["Intro.", "In the hole.", "After the hole."], document.QuerySelectorAll("main p").Select(p => p.TextContent));
    }

    [Theory]
    [InlineData("""<div hidden id="S:1"><div><template id="B:1"></template><p>Loading</p></div><p>Streamed.</p></div>""")]
    [InlineData("""<div hidden id="S:1"><section><template id="P:1"></template></section><p>Streamed.</p></div>""")]
    [InlineData("""<div hidden id="S:1"><template id="B:2"></template></div><div hidden id="S:2"><template id="B:1"></template><p>Streamed.</p></div>""")]
    public async Task Placeholder_inside_its_own_segment_is_left_alone_instead_of_failing_or_looping(string segments)
    {
        using var document = HtmlDocumentLoader.Load("<main><p>Text.</p></main>" + segments);

        // Moving a segment into a placeholder inside it fails (a DOM error) or never ends (a segment moved into itself):
        // a watchdog turns the second into a failure.
        var error = await Record.ExceptionAsync(() => Task.Run(() => BoilerplateCleaner.Clean(document)).WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Null(error);
        Assert.Equal("Text.", document.QuerySelector("main p")?.TextContent);
    }

    [Fact]
    public void Hidden_element_that_is_no_streamed_segment_stays_hidden()
    {
        using var document = HtmlDocumentLoader.Load("""<main><p>Text.</p></main><div hidden id="S:9"><p>Orphan.</p></div><div hidden id="menu"><p>Menu.</p></div>""");

        BoilerplateCleaner.Clean(document);

        Assert.Equal(2, document.QuerySelectorAll("[hidden]").Length);
    }

    [Fact]
    public void Article_streamed_behind_loading_placeholders_is_extracted_in_order()
    {
        string html = ContentPipeline.Page("""
            <template id="B:0"></template><div>Loading paragraph...</div><template id="B:1"></template><div>Loading paragraph...</div>
            """) + $"""<div hidden id="S:1">{ContentPipeline.Paragraph(2)}</div><div hidden id="S:0">{ContentPipeline.Paragraph(1)}</div>""";

        string[] texts = ContentPipeline.Texts(html);

        Assert.Equal(2, texts.Length);
        Assert.StartsWith("Paragraph 1 ", texts[0], StringComparison.Ordinal);
        Assert.StartsWith("Paragraph 2 ", texts[1], StringComparison.Ordinal);
    }
}
