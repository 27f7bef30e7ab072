using AngleSharp.Html.Parser;
using CsCheck;
using Extractor.Parsing;

namespace Extractor.Tests.Parsing;

/// <summary>
/// The loader parses input as it is while the tree stays clear of the limits, and parses behind the guard when it
/// does not: the first path must give the parser's own tree, the second the guard's flattened one. A page gets one
/// of the two, never a third.
/// </summary>
public sealed class HtmlDocumentLoaderTests
{
    [Fact]
    public void Tag_soup_clear_of_the_limits_loads_as_the_parser_reads_it()
    {
        var options = new ExtractorOptions { MaxNestingDepth = 24, MaxElements = 1_000_000 };
        Gen.OneOf(HostileInputGuardPropertyTests.Fragments).Array[0, 200].Select(parts => string.Concat(parts)).Sample(
            html =>
            {
                using var plain = StandardParse.TreeOrNull(html);
                if (plain is null)
                {
                    return StandardParse.LoadsOrFailsWithKind(html, options); // the parser itself fails on some soup
                }

                var expected = DomShape.Measure(plain);
                if (expected.Depth > options.MaxNestingDepth - 8)
                {
                    return true; // near the limit: the guarded path, pinned below
                }

                try
                {
                    using var document = HtmlDocumentLoader.Load(html, options, CancellationToken.None);
                    if (DomShape.Measure(document) == expected && document.Body?.TextContent == plain.Body?.TextContent)
                    {
                        return true;
                    }

                    // A tree can get deeper while it is built than it ends up (elements moved up by the tree builder):
                    // then the watch sends the page down the guarded path, and the guard's reading is the one to get.
                    using var guarded = new HtmlParser().ParseDocument(HostileInputGuard.Apply(html, options, CancellationToken.None).Html);
                    return DomShape.Measure(document) == DomShape.Measure(guarded) && document.Body?.TextContent == guarded.Body?.TextContent;
                }
                catch (ExtractionException e) when (e.Kind == ExtractionErrorKind.InvalidInput)
                {
                    return true; // the parser itself fails on some soup (Hostile/Corpus/parser-exception.html)
                }
            },
            iter: 5_000);
    }

    [Fact]
    public void A_page_nested_past_the_limit_loads_as_the_guard_flattens_it()
    {
        var options = new ExtractorOptions { MaxNestingDepth = 64 };
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>deep ", 300)) + "end</body></html>";

        using var document = HtmlDocumentLoader.Load(html, options, CancellationToken.None);
        using var guarded = new HtmlParser().ParseDocument(HostileInputGuard.Apply(html, options, CancellationToken.None).Html);

        Assert.Equal(DomShape.Measure(guarded), DomShape.Measure(document));
        Assert.True(DomShape.Measure(document).Depth <= options.MaxNestingDepth);
        Assert.Equal(300, document.Body!.TextContent.Split("deep").Length - 1);
    }

    [Fact]
    public void A_page_with_more_elements_than_allowed_is_refused_as_too_complex()
    {
        var options = new ExtractorOptions { MaxElements = 1_000 };
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>x</p>", 2_000)) + "</body></html>";

        var error = Assert.Throws<ExtractionException>(() => HtmlDocumentLoader.Load(html, options, CancellationToken.None));

        Assert.Equal(ExtractionErrorKind.TooComplex, error.Kind);
    }

    [Fact]
    public void Cancellation_during_the_unguarded_parse_is_the_callers_cancellation()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        string html = "<html><body>" + string.Concat(Enumerable.Repeat("<p>x</p>", 5_000)) + "</body></html>";

        Assert.ThrowsAny<OperationCanceledException>(() => HtmlDocumentLoader.Load(html, new ExtractorOptions(), source.Token));
    }
}
