using Extractor.Content;
using Extractor.Parsing;

namespace Extractor.Tests.Content;

/// <summary>Preformatted text (code) is one block with its spaces and line breaks as written.</summary>
public sealed class PreformattedTests
{
    [Fact]
    public void Code_keeps_its_indentation_and_line_breaks()
    {
        var block = Assert.Single(Collect("<pre><code>fn score(doc: &amp;Doc) -&gt; f32 {\n    bm25(doc)  *  2\n}</code></pre>"));

        Assert.Equal(BlockKind.Preformatted, block.Kind);
        Assert.Equal("fn score(doc: &Doc) -> f32 {\n    bm25(doc)  *  2\n}", block.Text);
    }

    [Fact]
    public void Blank_lines_before_and_whitespace_after_are_trimmed_but_the_first_line_keeps_its_indent()
    {
        Assert.Equal("    indented();\n\n    more();", Assert.Single(Collect("<pre>\n\n   \n    indented();\n\n    more();\n\n  </pre>")).Text);
    }

    [Fact]
    public void Breaks_and_line_elements_inside_preformatted_text_are_line_breaks()
    {
        Assert.Equal(
            "a = 1\nb = 2\nc = 3",
            Assert.Single(Collect("<pre>a = 1<br>b = 2<div class=\"line\">c = 3</div></pre>")).Text);
    }

    [Fact]
    public void Highlighting_spans_add_nothing_and_text_around_the_code_stays_in_its_own_blocks()
    {
        var blocks = Collect("<p>Before   the code.</p><pre><span class=\"kw\">let</span> x  = <span>1</span>;</pre><p>After.</p>");

        Assert.Equal(
            [(BlockKind.Paragraph, "Before the code."), (BlockKind.Preformatted, "let x  = 1;"), (BlockKind.Paragraph, "After.")],
            blocks.Select(b => (b.Kind, b.Text)));
    }

    [Fact]
    public void Highlighting_classes_that_name_boilerplate_do_not_hide_code()
    {
        Assert.Equal(
            "// read the comments\nshare(x);",
            Assert.Single(Collect("<pre><span class=\"hljs-comment\">// read the comments</span>\n<span class=\"token share\">share</span>(x);</pre>")).Text);
    }

    [Fact]
    public void A_run_link_set_before_the_code_element_is_no_line_of_the_code()
    {
        Assert.Equal(
            "fn main() {}",
            Assert.Single(Collect("<pre><a class=\"run\" href=\"https://play.example/?code=fn\">Run</a><code>fn main() {}</code></pre>")).Text);
    }

    [Fact]
    public void Links_inside_the_code_and_long_links_before_it_stay()
    {
        Assert.Equal(
            "let v: Vec<u8>;",
            Assert.Single(Collect("<pre><code>let v: <a href=\"/std/vec\">Vec</a>&lt;u8&gt;;</code></pre>")).Text);
        Assert.Equal(
            "Source: the project's build script\nmake all",
            Assert.Single(Collect("<pre><a href=\"/build\">Source: the project's build script</a>\n<code>make all</code></pre>")).Text);
    }

    [Theory]
    [InlineData("// Copyright 2024 Example Ltd. All rights reserved.")]
    [InlineData("# Share this\nprint('Share on Facebook')")]
    [InlineData("Subscribe to our newsletter")]
    public void Code_is_not_judged_by_the_wording_of_prose(string code)
    {
        string html = ContentPipeline.Page($"{ContentPipeline.Paragraph(1)}<pre><code>{code}</code></pre>{ContentPipeline.Paragraph(2)}");

        var blocks = ContentPipeline.Blocks(html, secondOpinion: false);

        Assert.Contains(blocks, b => b.Kind == BlockKind.Preformatted && b.Text == code);
    }

    private static List<TextBlock> Collect(string body)
    {
        using var document = HtmlDocumentLoader.Load($"<html><body>{body}</body></html>");
        return BlockCollector.Collect(document.Body!, null).Blocks;
    }
}
