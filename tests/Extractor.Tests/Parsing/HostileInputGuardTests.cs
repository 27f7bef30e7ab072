using System.Text;
using AngleSharp.Html.Parser;
using Extractor.Parsing;
using Extractor.Tests.Hostile;

namespace Extractor.Tests.Parsing;

public sealed class HostileInputGuardTests
{
    private static readonly HtmlParser Parser = new();

    private static ExtractorOptions Options(int depth = 256, int elements = 200_000, int length = 8 * 1024 * 1024) =>
        new() { MaxNestingDepth = depth, MaxElements = elements, MaxInputLength = length };

    private static string Repeat(string part, int count) => new StringBuilder().Insert(0, part, count).ToString();

    [Fact]
    public void Ordinary_page_comes_back_as_the_same_string()
    {
        string html = File.ReadAllText(Golden.RepositoryPaths.TestSource("Pages", "seed-wordpress", "source.html"));

        GuardedHtml guarded = HostileInputGuard.Apply(html, Options(), CancellationToken.None);

        Assert.Same(html, guarded.Html);
        Assert.False(guarded.Changed);
    }

    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<table><tr><td>", "</td></tr></table>")]
    [InlineData("<ul><li>", "")]
    [InlineData("<b><i>", "")]
    [InlineData("<span>", "")]
    [InlineData("<div/>", "")]
    [InlineData("<blockquote><p>", "")]
    [InlineData("<svg><g>", "")]
    [InlineData("<math><mrow>", "")]
    [InlineData("<b><div>x</b>", "")]
    [InlineData("<p><b class=x>t</p><div>", "")]
    [InlineData("<table><caption><object><marquee>", "")]
    [InlineData("<select><optgroup><option>", "")]
    [InlineData("<svg><foreignObject><div>", "")]
    public void Deep_nesting_is_flattened_to_the_depth_limit_and_keeps_the_text(string open, string close)
    {
        string html = "<!DOCTYPE html><body>" + Repeat(open, 5_000) + "<p>deep text</p>" + Repeat(close, 5_000);

        GuardedHtml guarded = HostileInputGuard.Apply(html, Options(depth: 64), CancellationToken.None);
        var (depth, _) = DomShape.Measure(Parser.ParseDocument(guarded.Html));

        Assert.True(guarded.DroppedTags > 0);
        Assert.InRange(depth, 1, 64);
        Assert.Contains("deep text", Parser.ParseDocument(guarded.Html).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_and_paragraphs_below_the_depth_limit_become_siblings_and_keep_their_structure()
    {
        string html = "<body>" + Repeat("<div>", 2_000) + "<h1>Deep headline</h1><p>First paragraph.</p><p>Second paragraph.</p>";

        GuardedHtml guarded = HostileInputGuard.Apply(html, Options(depth: 32), CancellationToken.None);
        var document = Parser.ParseDocument(guarded.Html);

        Assert.Equal("Deep headline", document.QuerySelector("h1")?.TextContent);
        Assert.Equal(2, document.QuerySelectorAll("p").Length);
        Assert.InRange(DomShape.Measure(document).Depth, 1, 32);
    }

    [Fact]
    public void Formatting_elements_the_parser_reopens_count_towards_depth()
    {
        // Each paragraph closes the <b>s, the parser reopens them all in the next one: depth grows with each line.
        string html = string.Concat(Enumerable.Range(0, 2_000).Select(i => $"<p><b class=\"c{i}\">line {i}"));

        GuardedHtml guarded = HostileInputGuard.Apply(html, Options(depth: 32), CancellationToken.None);
        var (depth, _) = DomShape.Measure(Parser.ParseDocument(guarded.Html));

        Assert.InRange(depth, 1, 32);
        Assert.True(guarded.DroppedTags > 0);
    }

    [Fact]
    public void End_tags_hidden_in_an_escaped_script_do_not_close_elements()
    {
        string round = Repeat("<div>", 20) + "<script><!--<script></script>" + Repeat("</div>", 20) + "--></script>";
        string html = Repeat(round, 50) + "<p>end</p>";

        GuardedHtml guarded = HostileInputGuard.Apply(html, Options(depth: 64), CancellationToken.None);
        var (depth, _) = DomShape.Measure(Parser.ParseDocument(guarded.Html));

        Assert.InRange(depth, 1, 64);
    }

    [Fact]
    public void Too_many_elements_fail_as_too_complex()
    {
        string html = Repeat("<span>x</span>", 2_000);

        var error = Assert.Throws<ExtractionException>(() => HostileInputGuard.Apply(html, Options(elements: 1_000), CancellationToken.None));

        Assert.Equal(ExtractionErrorKind.TooComplex, error.Kind);
    }

    [Fact]
    public void Implied_elements_are_counted_like_the_parser_creates_them()
    {
        string html = Repeat("<table><td>x</td></table>", 100) + Repeat("</p>", 100);

        GuardedHtml guarded = HostileInputGuard.Apply(html, Options(), CancellationToken.None);
        var (_, elements) = DomShape.Measure(Parser.ParseDocument(html));

        Assert.InRange(guarded.Elements, elements - 3, elements); // html, head and body are not counted
    }

    [Fact]
    public void Input_longer_than_the_limit_is_truncated_without_splitting_a_surrogate_pair()
    {
        string html = "<p>" + new string('a', 1_020) + "😀😀😀";

        GuardedHtml guarded = HostileInputGuard.Apply(html, Options(length: 1_024), CancellationToken.None);

        Assert.True(guarded.Truncated);
        Assert.Equal(1_023, guarded.Html.Length);
        Assert.False(char.IsHighSurrogate(guarded.Html[^1]));
    }

    [Fact]
    public void Binary_data_fails_as_not_html()
    {
        var bytes = new byte[4096];
        new Random(1).NextBytes(bytes);
        string text = Encoding.UTF8.GetString(bytes);

        var error = Assert.Throws<ExtractionException>(() => HostileInputGuard.Apply(text, Options(), CancellationToken.None));

        Assert.Equal(ExtractionErrorKind.NotHtml, error.Kind);
    }

    [Fact]
    public void A_few_nul_characters_are_still_html()
    {
        string html = "<p>one\0two</p><p>three\0four</p>" + new string(' ', 100);

        GuardedHtml guarded = HostileInputGuard.Apply(html, Options(), CancellationToken.None);

        Assert.Same(html, guarded.Html);
    }

    [Fact]
    public void Cancellation_stops_the_scan()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        string html = Repeat("<span>x</span>", 10_000);

        Assert.ThrowsAny<OperationCanceledException>(() => HostileInputGuard.Apply(html, Options(), cancelled.Token));
    }

    [Fact]
    public void Raw_text_is_not_read_as_markup()
    {
        string html = "<script>" + Repeat("<div>", 1_000) + "</script><style>" + Repeat("<b>", 1_000) + "</style><textarea>" + Repeat("<i>", 1_000) + "</textarea><p>x</p>";

        GuardedHtml guarded = HostileInputGuard.Apply(html, Options(depth: 16), CancellationToken.None);

        Assert.Same(html, guarded.Html);
    }

    [Fact]
    public void Generated_hostile_cases_parse_within_the_depth_and_element_limits()
    {
        var options = Options();
        foreach (HostileCase hostile in HostileCorpus.Generated.Where(c => c.Name.EndsWith(".html", StringComparison.Ordinal)))
        {
            string html = Encoding.UTF8.GetString(hostile.Bytes());
            GuardedHtml guarded;
            try
            {
                guarded = HostileInputGuard.Apply(html, options, CancellationToken.None);
            }
            catch (ExtractionException e) when (e.Kind is ExtractionErrorKind.TooComplex or ExtractionErrorKind.NotHtml)
            {
                continue;
            }

            var (depth, elements) = DomShape.Measure(Parser.ParseDocument(guarded.Html));
            Assert.True(depth <= options.MaxNestingDepth, $"{hostile.Name}: depth {depth}");
            Assert.True(elements <= options.MaxElements + 3, $"{hostile.Name}: {elements} elements");
        }
    }
}
