using Extractor.Cleaning;
using Extractor.Content;
using Extractor.Metadata;
using Extractor.Parsing;

namespace Extractor.Tests.Content;

/// <summary>Runs the stages up to the content stage, as the facade does, and returns its body blocks.</summary>
internal static class ContentPipeline
{
    public static IReadOnlyList<BodyBlock> Blocks(string html, Uri? address = null, bool secondOpinion = true)
    {
        using var document = HtmlDocumentLoader.Load(html);
        PageMetadata metadata = MetadataReader.Read(document, address);
        BoilerplateCleaner.Clean(document);
        return ContentFinder.Find(document, metadata, address ?? metadata.CanonicalUrl, secondOpinion);
    }

    public static string[] Texts(string html) => Blocks(html).Select(b => b.Text).ToArray();

    /// <summary>The extractor's own body, without asking for a second opinion on short bodies.</summary>
    public static string[] OwnTexts(string html) => Blocks(html, secondOpinion: false).Select(b => b.Text).ToArray();

    /// <summary>A page around a body: site header with navigation, the article, a sidebar and a footer.</summary>
    public static string Page(string article, string title = "A headline about things") => $"""
        <!DOCTYPE html><html lang="en"><head><title>{title} | Site</title></head><body>
        <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav></header>
        <main><article><h1>{title}</h1>{article}</article>
        <aside class="sidebar"><h3>Popular</h3><ul><li><a href="/a">Another story about markets and money</a></li><li><a href="/b">Yet another story</a></li></ul></aside></main>
        <footer><p>Copyright 2024 Site. All rights reserved.</p></footer></body></html>
        """;

    /// <summary>Asserts that the body is <paramref name="count"/> blocks, each one of the <see cref="Paragraph"/>s.</summary>
    public static void AssertOnlyParagraphs(string[] texts, int count)
    {
        Assert.Equal(count, texts.Length);
        Assert.All(texts, t => Assert.StartsWith("Paragraph ", t, StringComparison.Ordinal));
    }

    public static string Paragraph(int n) => $"<p>{ParagraphText(n)}</p>";

    /// <summary>The text of <see cref="Paragraph"/>.</summary>
    public static string ParagraphText(int n) =>
        $"Paragraph {n} of the story tells, in a full sentence with several clauses, what happened next and why it mattered to the people involved.";
}
