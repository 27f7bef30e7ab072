using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using CsCheck;
using Extractor.Parsing;

namespace Extractor.Tests.Parsing;

/// <summary>
/// The loader's parser skips attributes no stage reads. The tree must stay the one the standard builds, and the
/// attributes that are read must all be there, exactly as written.
/// </summary>
public sealed class AttributeFilterTests
{
    /// <summary>Tag soup with attributes of every sort: read ones, skipped ones, and the ones the tree construction reads
    /// (hidden inputs in tables, font in foreign content, annotation-xml's encoding). Formatting elements carry kept
    /// attributes only: for those the tree builder compares attributes (see <see cref="AttributeFilter"/>).</summary>
    private static readonly string[] AttributeFragments =
    [
        "<div class=\"a b\" data-id=\"7\" onclick=\"go()\">", "<p style=\"display:none\" data-x=\"1\">", "<span aria-hidden=\"true\" tabindex=\"0\">",
        "<img src=\"/a.jpg\" srcset=\"/a.jpg 1x, /b.jpg 2x\" alt=\"A\" loading=\"lazy\" width=\"10\">", "<input type=\"hidden\" data-y=\"2\">",
        "<input type=\"text\" placeholder=\"x\">", "<svg viewBox=\"0 0 1 1\"><path d=\"M0 0L1 1\" fill=\"red\"/>", "<font color=\"red\">",
        "<math><annotation-xml encoding=\"text/html\" data-z=\"3\">", "<meta property=\"og:title\" content=\"T\" data-n=\"1\">",
        "<a href=\"/x\" rel=\"author\" target=\"_blank\">", "<time datetime=\"2025-01-01\" data-t=\"x\">", "<section role=\"main\" itemprop=\"articleBody\" id=\"s\">",
        "<li hidden aria-label=\"Share\" data-share>", "<td colspan=\"2\" headers=\"h\">", "<html lang=\"en\" data-theme=\"dark\">",
        "<body class=\"single\" data-page=\"1\">", "<b class=\"x\">", "<form action=\"/s\" method=\"post\">", "<isindex prompt=\"Find\" data-q>",
    ];

    [Fact]
    public void The_loaded_tree_is_the_standard_tree_with_exactly_the_kept_attributes()
    {
        var options = new ExtractorOptions { MaxNestingDepth = 64, MaxElements = 1_000_000 };
        Gen.OneOf(Gen.OneOf(HostileInputGuardPropertyTests.Fragments), Gen.OneOf(AttributeFragments)).Array[0, 200]
            .Select(parts => string.Concat(parts))
            .Sample(
                html =>
                {
                    // One parser per sample: samples run in parallel. The standard parser itself throws on some soup
                    // (a NullReferenceException inside AngleSharp's tree builder): there is no tree to compare with, and
                    // the loader must load the page or fail with a documented kind, nothing else.
                    using var plain = StandardParse.TreeOrNull(html);
                    if (plain is null)
                    {
                        return StandardParse.LoadsOrFailsWithKind(html, options);
                    }

                    if (DomShape.Measure(plain).Depth > options.MaxNestingDepth - 8)
                    {
                        return true; // near the limit the guard flattens the tree (HtmlDocumentLoaderTests)
                    }

                    try
                    {
                        using var loaded = HtmlDocumentLoader.Load(html, options, CancellationToken.None);
                        return Reading(loaded, keptOnly: false).SequenceEqual(Reading(plain, keptOnly: true));
                    }
                    catch (ExtractionException e) when (e.Kind is ExtractionErrorKind.InvalidInput or ExtractionErrorKind.TooComplex)
                    {
                        return true; // the parser itself fails on some soup; a tree grown deep while built goes to the guard
                    }
                },
                iter: 3_000);
    }

    [Fact]
    public void Attributes_the_stages_read_are_kept_and_others_are_skipped()
    {
        const string html = "<html lang=\"de\" data-theme=\"dark\"><head><meta property=\"og:title\" content=\"T\">"
            + "<link rel=\"canonical\" href=\"https://example.com/a\"></head><body><div class=\"post\" id=\"main\" role=\"main\" "
            + "style=\"display:none\" aria-hidden=\"true\" aria-label=\"Share\" aria-labelledby=\"t\" hidden itemprop=\"articleBody\" "
            + "data-id=\"7\" onclick=\"go()\"><img src=\"/a.jpg\" srcset=\"/a.jpg 2x\"><time datetime=\"2025-01-01\" title=\"Jan\"></time>"
            + "<ol start=\"3\" reversed type=\"a\" data-n=\"1\"><li value=\"9\" data-v=\"2\">x</li></ol>"
            + "<script type=\"application/ld+json\" data-x=\"1\">{}</script></div></body></html>";

        using var document = HtmlDocumentLoader.Load(html);

        Assert.Equal(["lang"], Names(document.DocumentElement));
        Assert.Equal(["property", "content"], Names(document.QuerySelector("meta")!));
        Assert.Equal(["rel", "href"], Names(document.QuerySelector("link")!));
        Assert.Equal(
            ["class", "id", "role", "style", "aria-hidden", "aria-label", "aria-labelledby", "hidden", "itemprop"],
            Names(document.QuerySelector("div")!));
        Assert.Empty(Names(document.QuerySelector("img")!));
        Assert.Equal(["datetime", "title"], Names(document.QuerySelector("time")!));
        Assert.Equal(["type"], Names(document.QuerySelector("script")!));
        Assert.Equal(["start", "reversed", "type"], Names(document.QuerySelector("ol")!));
        Assert.Equal(["value"], Names(document.QuerySelector("li")!));
        Assert.Equal("display:none", document.QuerySelector("div")!.GetAttribute("style"));
    }

    private static string[] Names(IElement element) => element.Attributes.Select(a => a.Name).ToArray();

    /// <summary>The document in tree order (template contents included): each element with its attributes in order,
    /// each text with its data (comments are skipped by the loader's parser, and so here).</summary>
    private static List<string> Reading(IDocument document, bool keptOnly)
    {
        var lines = new List<string>();
        var pending = new Stack<(INode Node, int Depth)>();
        pending.Push((document, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (node is IElement element)
            {
                var attributes = element.Attributes.Where(a => !keptOnly || AttributeFilter.Keep(a.Name)).Select(a => a.Name + "=" + a.Value);
                lines.Add(depth + " <" + element.NamespaceUri + ":" + element.LocalName + " " + string.Join(" ", attributes));
            }
            else if (node is IText text)
            {
                lines.Add(depth + " " + text.Data);
            }

            var children = node is IHtmlTemplateElement template ? template.Content.ChildNodes : node.ChildNodes;
            for (int i = children.Length - 1; i >= 0; i--)
            {
                pending.Push((children[i], depth + 1));
            }
        }

        return lines;
    }
}
