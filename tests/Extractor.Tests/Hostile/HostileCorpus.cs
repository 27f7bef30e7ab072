using System.Text;

namespace Extractor.Tests.Hostile;

/// <summary>One hostile input: a name, how to get its bytes, and what it is meant to break.</summary>
/// <param name="Name">A file name (also used when the corpus is written to a folder).</param>
/// <param name="What">What the input attacks.</param>
/// <param name="Bytes">Makes (or reads) the input; large inputs are generated, never checked in.</param>
public sealed record HostileCase(string Name, string What, Func<byte[]> Bytes)
{
    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>
/// The hostile-input corpus: small files checked in under <c>Hostile/Corpus/</c> plus generated ones for the large
/// attacks (deep nesting, floods, huge text). Shared with the fuzzing project, whose <c>--hostile</c> mode times
/// each case and can write them all to a folder for the command-line measurement.
/// </summary>
public static class HostileCorpus
{
    private const string ArticleText =
        "<h1>Storm closes harbour</h1><p>The harbour closed on Monday after the storm, officials said, and boats stayed in port " +
        "for a second day while crews checked the sea wall.</p><p>\"We will reopen when it is safe,\" the harbour master said.</p>";

    /// <summary>The generated cases (large or structural attacks).</summary>
    public static IReadOnlyList<HostileCase> Generated { get; } =
    [
        Text("whitespace-only.html", "nothing but whitespace", () => string.Concat(Enumerable.Repeat(" \t\r\n", 50_000))),
        new("binary.bin", "random bytes", () => RandomBytes(256 * 1024, seed: 7)),
        new("nul-bytes.html", "NUL characters everywhere, also inside tags and text", NulBytes),
        new("invalid-utf8.html", "invalid and overlong UTF-8 sequences inside an article", InvalidUtf8),
        new("utf16-bom.html", "an article in UTF-16 LE with its byte order mark", () => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Page(ArticleText))]),
        Text("unclosed-comment.html", "an article followed by a comment that never ends", () => Page(ArticleText + "<!-- " + Repeat("<p>hidden paragraph</p>", 40_000))),
        Text("script-flood.html", "50,000 scripts around the article", () => Page(Repeat("<script>var a = '<p>not text</p>';</script>", 50_000) + ArticleText)),
        Text("script-escape.html", "script double-escapes hiding end tags, with deep divs", ScriptEscape),
        Text("entity-flood.html", "2 MB of character references in one paragraph", () => Page("<p>" + Repeat("&amp;&#x41;&lt;&nbsp;&bogus;&#0;&#x110000;", 50_000) + "</p>" + ArticleText)),
        Text("quote-flood.html", "paragraphs made of quote marks", () => Page(ArticleText + Repeat("<p>\"“”'‘’«»„\" said \"“ ” said</p>", 30_000))),
        Text("huge-attribute.html", "a 5 MB attribute value", () => Page("<div data-x=\"" + new string('x', 5 * 1024 * 1024) + "\">" + ArticleText + "</div>")),
        Text("attribute-flood.html", "200,000 attributes on one element", () => Page("<div " + RepeatIndexed(i => $"a{i}=\"{i}\" ", 200_000) + ">" + ArticleText + "</div>")),
        Text("unclosed-attribute.html", "an attribute quote that never closes", () => Page(ArticleText + "<p title=\"" + Repeat("<p>never a tag</p>", 50_000))),
        Text("deep-svg.html", "100,000 nested SVG groups", () => Page(ArticleText + "<svg>" + Repeat("<g>", 100_000) + "<text>deep</text>" + Repeat("</g>", 100_000) + "</svg>")),
        Text("deep-mathml.html", "100,000 nested MathML rows", () => Page(ArticleText + "<math>" + Repeat("<mrow>", 100_000) + "<mi>x</mi>" + Repeat("</mrow>", 100_000) + "</math>")),
        Text("nested-tables.html", "20,000 nested tables", () => Page(Repeat("<table><tr><td>", 20_000) + ArticleText + Repeat("</td></tr></table>", 20_000))),
        Text("nested-divs.html", "100,000 nested divs", () => Page(Repeat("<div>", 100_000) + ArticleText + Repeat("</div>", 100_000))),
        Text("self-closing-divs.html", "100,000 <div/>, which HTML reads as open divs", () => Page(Repeat("<div/>", 100_000) + ArticleText)),
        Text("nested-lists.html", "50,000 nested lists", () => Page(Repeat("<ul><li>", 50_000) + ArticleText)),
        Text("unclosed-inline.html", "120,000 unclosed inline formatting elements", () => Page(RepeatIndexed(i => (i % 4) switch { 0 => "<b>", 1 => "<i>", 2 => $"<font color=\"#{i:x6}\">", _ => "<u>" }, 120_000) + ArticleText)),
        Text("reopened-formatting.html", "unclosed formatting elements the parser reopens in every paragraph", () => Page(RepeatIndexed(i => $"<p><b class=\"c{i}\">Paragraph {i} text", 30_000))),
        Text("adoption-agency.html", "misnested formatting around blocks, 100,000 times", () => Page(ArticleText + Repeat("<b><div>x</b>", 100_000))),
        Text("invented-tags.html", "500,000 distinct unknown tag names, nested", () => Page(RepeatIndexed(i => $"<x-{i}>", 500_000) + ArticleText)),
        Text("custom-siblings.html", "90,000 sibling custom elements without words between them", () => Page("<div>" + Repeat("<x-card>card</x-card>", 90_000) + "</div>" + ArticleText)),
        Text("million-siblings.html", "a million sibling elements", () => Page(Repeat("<span>x</span>", 1_000_000))),
        Text("huge-text.html", "14 MB of text in one paragraph", () => Page("<article><h1>Long</h1><p>" + RepeatIndexed(i => $"word{i % 1000} and, more ", 14 * 1024 * 1024 / 20) + "</p></article>")),
        Text("many-paragraphs.html", "60,000 real-looking paragraphs in one article", () => Page("<article><h1>Long</h1>" + RepeatIndexed(i => $"<p>Paragraph {i}, with commas, \"quotes\" and <a href=\"/p{i}\">a link</a>, long enough to count as text.</p>", 60_000) + "</article>")),
    ];

    /// <summary>The checked-in small files.</summary>
    public static IReadOnlyList<HostileCase> CheckedIn(string corpusDirectory) =>
        [.. Directory.GetFiles(corpusDirectory)
            .Where(path => !path.EndsWith(".md", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => new HostileCase(Path.GetFileName(path), "checked-in file", () => File.ReadAllBytes(path)))];

    /// <summary>Every case: the checked-in files, then the generated ones.</summary>
    public static IReadOnlyList<HostileCase> All(string corpusDirectory) => [.. CheckedIn(corpusDirectory), .. Generated];

    private static HostileCase Text(string name, string what, Func<string> html) =>
        new(name, what, () => Encoding.UTF8.GetBytes(html()));

    private static string Page(string body) => "<!DOCTYPE html><html><head><title>Hostile</title></head><body>" + body + "</body></html>";

    private static string Repeat(string part, int count) => new StringBuilder(part.Length * count).Insert(0, part, count).ToString();

    private static string RepeatIndexed(Func<int, string> part, int count)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            builder.Append(part(i));
        }

        return builder.ToString();
    }

    private static byte[] RandomBytes(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    private static byte[] NulBytes()
    {
        string page = Page(ArticleText.Replace(" ", " \0", StringComparison.Ordinal) + "<p\0 class=\"a\0b\">Text\0 with\0 NULs, several\0 of them.</p>\0<\0div>");
        return Encoding.UTF8.GetBytes(page);
    }

    private static byte[] InvalidUtf8()
    {
        var bytes = new List<byte>(Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><h1>Bad bytes</h1><p>Before the bad bytes, a sentence of text. "));
        bytes.AddRange([0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xFF, 0xFE, 0xF8, 0x88, 0x80, 0x80, 0x80]);
        bytes.AddRange(Encoding.UTF8.GetBytes(" After them, the paragraph goes on with more words.</p><p>A second paragraph, \"quoted\", said the editor.</p></body></html>"));
        bytes.AddRange([0xE2, 0x82]); // cut in the middle of a sequence
        return [.. bytes];
    }

    private static string ScriptEscape()
    {
        // Inside "<!--" a "<script>" makes the following "</script>" part of the script: a guard that ended the
        // script there would count the "</div>"s inside it as closing the divs, and let the next ones nest deeper.
        string round = Repeat("<div>", 200) + "<script><!--<script></script>" + Repeat("</div>", 200) + "--></script>";
        return Page(Repeat(round, 100) + ArticleText);
    }
}
