using AngleSharp;
using AngleSharp.Html.Parser;
using Extractor.Parsing;

namespace Extractor.Tests.Parsing;

/// <summary>The soft watch measures each element's depth (mostly one step from the element before) and stops the
/// parse where the tree gets deeper than its limit, however the elements came to sit there.</summary>
public sealed class ParseWatchTests
{
    private static bool Outgrows(string html, int depth)
    {
        var watch = ParseWatch.Soft(depth, long.MaxValue, CancellationToken.None);
        var parser = new HtmlParser(new HtmlParserOptions { OnCreated = watch.OnCreated }, BrowsingContext.New());
        try
        {
            using var document = parser.ParseDocument(html);
            return false;
        }
        catch (OperationCanceledException) when (watch.Outgrown)
        {
            return true;
        }
    }

    private static string Nested(int levels) => string.Concat(Enumerable.Repeat("<div>", levels)) + "x" + string.Concat(Enumerable.Repeat("</div>", levels));

    [Fact]
    public void Many_siblings_at_a_shallow_depth_do_not_outgrow_the_limit() =>
        Assert.False(Outgrows("<body>" + string.Concat(Enumerable.Repeat("<p>a</p><p><b>b</b></p>", 2_000)), depth: 8));

    [Fact]
    public void A_chain_of_children_past_the_limit_outgrows_it() =>
        Assert.True(Outgrows("<body>" + Nested(40), depth: 30));

    [Fact]
    public void A_chain_within_the_limit_does_not() =>
        Assert.False(Outgrows("<body>" + Nested(20), depth: 30));

    [Fact]
    public void A_deep_chain_after_shallow_siblings_and_a_closed_chain_outgrows_the_limit() =>
        Assert.True(Outgrows("<body>" + string.Concat(Enumerable.Repeat("<p>a</p>", 50)) + Nested(20) + "<section><p>b</p></section>" + Nested(40), depth: 30));

    [Fact]
    public void Formatting_elements_reopened_into_a_chain_past_the_limit_outgrow_it()
    {
        // Each paragraph reopens the formatting elements still open: the tree builder creates them as a chain.
        string html = "<body>" + string.Concat(Enumerable.Range(0, 40).Select(i => $"<p>{i}<b class=c{i}><i class=c{i}>"));
        using var plain = new HtmlParser().ParseDocument(html);
        Assert.True(DomShape.Measure(plain).Depth > 30);

        Assert.True(Outgrows(html, depth: 30));
    }
}
