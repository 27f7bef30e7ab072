using AngleSharp.Html.Dom;
using Extractor.Cleaning;
using Extractor.Content;
using Extractor.Decoding;
using Extractor.Metadata;
using Extractor.News;
using Extractor.Parsing;
using Extractor.Rendering;

namespace Extractor.Benchmarks.Stages;

/// <summary>
/// The facade's stages called one by one, so each can be timed on its own. Mirrors
/// <see cref="ArticleExtractor.Extract(string, Uri?)"/>: keep the two in step when the facade changes.
/// </summary>
internal static class StagePipeline
{
    public static string Decode(byte[] bytes) => HtmlDecoder.Decode(bytes, "utf-8");

    public static IHtmlDocument Parse(string html) => HtmlDocumentLoader.Load(html);

    public static PageMetadata Metadata(IHtmlDocument document, Uri address) => MetadataReader.Read(document, address);

    public static void Clean(IHtmlDocument document) => BoilerplateCleaner.Clean(document);

    public static IReadOnlyList<BodyBlock> Content(IHtmlDocument document, PageMetadata metadata, Uri address) =>
        ContentFinder.Find(document, metadata, address);

    public static NewsStructure News(IReadOnlyList<BodyBlock> body, Uri address) => NewsAnalyzer.Analyze(body, address);

    public static Article Build(PageMetadata metadata, NewsStructure news, Uri address) => ArticleBuilder.Build(metadata, news, address);

    public static string Render(Article article) => article.ToJson(indented: false);
}
