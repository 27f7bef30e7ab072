using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Extractor.Parsing;

namespace Extractor.Tests.Parsing;

/// <summary>What the property tests compare the loader with: the standard parser's tree of a soup, and what the loader
/// must do where the standard parser has none.</summary>
internal static class StandardParse
{
    /// <summary>The standard parser's tree, or null where it throws (its tree builder meets a null on rare soups:
    /// <c>Hostile/Corpus/parser-exception.html</c>). A new parser each time: samples run in parallel.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Whatever the third-party parser throws, the sample has no standard tree.")]
    public static IHtmlDocument? TreeOrNull(string html)
    {
        try
        {
            return new HtmlParser().ParseDocument(html);
        }
        catch (Exception)
        {
            return null;
        }
    }

    /// <summary>Whether the loader loads the soup or fails with a documented kind, nothing else: its answer where
    /// there is no standard tree to compare with.</summary>
    public static bool LoadsOrFailsWithKind(string html, ExtractorOptions options)
    {
        try
        {
            using var loaded = HtmlDocumentLoader.Load(html, options, CancellationToken.None);
            return true;
        }
        catch (ExtractionException e)
        {
            return e.Kind is ExtractionErrorKind.InvalidInput or ExtractionErrorKind.TooComplex;
        }
    }
}
