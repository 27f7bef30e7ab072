using CsCheck;
using Extractor.Content;
using Extractor.Parsing;

namespace Extractor.Tests.Content;

/// <summary>How the walk reads text nodes: whitespace collapsed to single spaces, a space where a lower-case letter
/// meets a capital across elements, link text counted without it.</summary>
public sealed class BlockCollectorTests
{
    private static readonly Gen<string> Piece = Gen.OneOf(
        Gen.OneOf("word", "A", "links", "x1", "été", "naïve"),
        Gen.OneOf(" ", "  ", "\n", "\t", "\u00A0", "\u2003", " \n\t ", " \u00A0"));

    private static readonly Gen<string> Run = Piece.Array[0, 12].Select(string.Concat);

    [Fact]
    public void Whitespace_in_any_mix_reads_as_single_spaces_and_link_text_counts_without_it()
    {
        Gen.Select(Run, Run, Run).Sample(
            (before, link, after) =>
            {
                using var document = HtmlDocumentLoader.Load($"<html><body><p>{before}<a href=\"/x\">{link}</a>{after}</p></body></html>");
                var (blocks, _) = BlockCollector.Collect(document.Body!, null);
                string expected = Collapse(AcrossElements(before, link, after));
                if (expected.Length == 0)
                {
                    return blocks.Count == 0;
                }

                int linkLetters = link.Count(c => !char.IsWhiteSpace(c));
                return blocks.Count == 1 && blocks[0].Text == expected && blocks[0].LinkLength == Math.Min(linkLetters, expected.Length);
            },
            iter: 2_000);
    }

    [Fact]
    public void Invisible_characters_are_trimmed_from_the_edges_of_a_block_and_a_block_of_nothing_else_is_none()
    {
        using var document = HtmlDocumentLoader.Load(
            "<html><body><p>\u200BFirst words.\u200D</p><p>\u200D</p><p>&#8203; <span>\uFEFF</span></p><p>ๆ\u200Bไทย and 👩\u200D💻</p></body></html>");

        var (blocks, _) = BlockCollector.Collect(document.Body!, null);

        Assert.Equal(["First words.", "ๆ\u200Bไทย and 👩\u200D💻"], blocks.Select(b => b.Text));
    }

    [Fact]
    public void A_long_text_node_of_many_double_spaces_is_read_whole()
    {
        string text = string.Concat(Enumerable.Repeat("ab  ", 50_000));
        using var document = HtmlDocumentLoader.Load($"<html><body><p>{text}</p></body></html>");

        var (blocks, _) = BlockCollector.Collect(document.Body!, null);

        Assert.Equal(Collapse(text), Assert.Single(blocks).Text);
    }

    [Fact]
    public void A_custom_element_among_the_words_of_a_paragraph_is_part_of_its_sentence()
    {
        using var document = HtmlDocumentLoader.Load(
            "<html><body><p>A <hl-trusted-source source=\"PubMed\"><a href=\"https://example.org/s\">large study</a></hl-trusted-source> from 2017 found it.</p></body></html>");

        var (blocks, _) = BlockCollector.Collect(document.Body!, null);

        Assert.Equal("A large study from 2017 found it.", Assert.Single(blocks).Text);
    }

    [Fact]
    public void Custom_elements_side_by_side_without_words_between_them_are_blocks_of_their_own()
    {
        using var document = HtmlDocumentLoader.Load(
            "<html><body><div><card-title>Seka Moving</card-title> <card-text>Local movers since 1988.</card-text></div></body></html>");

        var (blocks, _) = BlockCollector.Collect(document.Body!, null);

        Assert.Equal(["Seka Moving", "Local movers since 1988."], blocks.Select(b => b.Text));
    }

    /// <summary>The texts of adjacent elements as read: a space where one ends in a lower-case letter and the next
    /// starts with a capital.</summary>
    private static string AcrossElements(params string[] texts)
    {
        string joined = string.Empty;
        foreach (string text in texts)
        {
            bool apart = joined.Length > 0 && text.Length > 0 && char.IsLower(joined[^1]) && char.IsUpper(text[0]);
            joined += (apart ? " " : string.Empty) + text;
        }

        return joined;
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
