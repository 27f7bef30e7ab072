using AngleSharp.Html.Parser;
using CsCheck;
using Extractor.Parsing;

namespace Extractor.Tests.Parsing;

/// <summary>
/// The guard's promise, checked on random tag soup: whatever the markup, the parsed result is no deeper than the
/// limit (the guard's model of the tree builder never underestimates), and markup within the limit is untouched.
/// </summary>
public sealed class HostileInputGuardPropertyTests
{
    private static readonly HtmlParser Parser = new();

    internal static readonly string[] Fragments =
    [
        "<div>", "</div>", "<p>", "</p>", "<span>", "</span>", "<b>", "</b>", "<i>", "</i>", "<b class=x>", "<font color=1>",
        "<font color=2>", "</font>", "<a href=\"/x\">", "</a>", "<nobr>", "</nobr>", "<s>", "<u>", "<em>", "<strong>",
        "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<tbody>", "</tbody>", "<caption>", "</caption>",
        "<colgroup>", "<col>", "<ul>", "<ol>", "</ul>", "<li>", "</li>", "<dl>", "<dt>", "<dd>", "<h1>", "<h2>", "</h2>",
        "<svg>", "</svg>", "<g>", "</g>", "<math>", "<mi>", "<mrow>", "</math>", "<foreignObject>", "<desc>", "<title>", "</title>",
        "<annotation-xml encoding=\"text/html\">", "<select>", "</select>", "<option>", "<optgroup>", "<button>", "</button>",
        "<form>", "</form>", "<object>", "</object>", "<marquee>", "<applet>", "<template>", "</template>", "<center>",
        "<blockquote>", "<pre>", "<listing>", "<br>", "</br>", "<hr>", "<img>", "<image>", "<input>", "<div/>", "<p/>", "<b/>",
        "<script>", "</script>", "<style>", "</style>", "<textarea>", "</textarea>", "<xmp>", "<iframe>", "<noscript>",
        "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<html>", "<body>", "<head>", "<frameset>", "<ruby>", "<rt>",
        "<x-y>", "</x-y>", "<main>", "<nav>", "<section>", "<article>", "</article>", "text", "more text", " ", "\n", "<", ">", "&amp;", "\"",
    ];

    private static readonly Gen<string> TagSoup =
        Gen.OneOf(Fragments).Array[0, 300].Select(parts => string.Concat(parts));

    [Fact]
    public void Random_tag_soup_loads_no_deeper_than_the_limit()
    {
        var options = new ExtractorOptions { MaxNestingDepth = 16, MaxElements = 1_000_000 };
        TagSoup.Sample(
            html =>
            {
                try
                {
                    using var document = HtmlDocumentLoader.Load(html, options, CancellationToken.None);
                    return DomShape.Measure(document).Depth <= options.MaxNestingDepth;
                }
                catch (ExtractionException e) when (e.Kind is ExtractionErrorKind.TooComplex or ExtractionErrorKind.InvalidInput)
                {
                    return true; // stopped by the parse watch, or the parser itself failed (Hostile/Corpus/parser-exception.html)
                }
            },
            iter: 10_000);
    }

    [Fact]
    public void Repeated_tag_soup_loads_within_the_limit_or_is_refused_as_too_complex()
    {
        // A pattern repeated thousands of times is how markup crafted around the parser's quirks would nest deep:
        // either the guard flattens it, or the parse watch stops it; never a deep tree, never a slow parse.
        var options = new ExtractorOptions { MaxNestingDepth = 16, MaxElements = 1_000_000 };
        Gen.OneOf(Fragments).Array[1, 20].Select(parts => string.Concat(Enumerable.Repeat(string.Concat(parts), 500))).Sample(
            html =>
            {
                try
                {
                    using var document = HtmlDocumentLoader.Load(html, options, CancellationToken.None);
                    return DomShape.Measure(document).Depth <= options.MaxNestingDepth;
                }
                catch (ExtractionException e) when (e.Kind is ExtractionErrorKind.TooComplex or ExtractionErrorKind.InvalidInput)
                {
                    return true;
                }
            },
            iter: 1_000);
    }

    [Fact]
    public void Shallow_markup_is_left_alone_except_framesets()
    {
        var options = new ExtractorOptions { MaxNestingDepth = 10_000 };
        Gen.OneOf([.. Fragments.Where(f => f != "<frameset>")]).Array[0, 60].Select(parts => string.Concat(parts)).Sample(
            html => ReferenceEquals(html, HostileInputGuard.Apply(html, options, CancellationToken.None).Html),
            iter: 5_000);
    }

    [Fact]
    public void Any_string_is_guarded_without_an_undocumented_exception()
    {
        var options = new ExtractorOptions { MaxNestingDepth = 16, MaxElements = 100, MaxInputLength = 1024 };
        Gen.String.Sample(
            html =>
            {
                try
                {
                    HostileInputGuard.Apply(html, options, CancellationToken.None);
                }
                catch (ExtractionException e) when (e.Kind is ExtractionErrorKind.TooComplex or ExtractionErrorKind.NotHtml)
                {
                }
            },
            iter: 10_000);
    }
}
