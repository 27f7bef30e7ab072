using System.Text.Json;
using Extractor.Content;
using Extractor.Tests.Content;

namespace Extractor.Tests.Pages;

/// <summary>
/// The seed page (a WordPress news article with comment form, post navigation, "You may have missed", sidebar
/// widgets and footer) against its <c>expected.json</c>, for what the content stage delivers: the ten paragraphs
/// in order, the dateline still inside the first (the news stage takes it out), the "More:" line as a block of its
/// own with its link, and no boilerplate.
/// </summary>
public sealed class SeedPageTests
{
    private static readonly string Directory = Path.Combine(PageCorpusTests.PagesDirectory(), "seed-wordpress");

    [Fact]
    public void Content_stage_delivers_the_ten_paragraphs_and_the_More_line_in_order()
    {
        var expected = ExpectedParagraphs();
        var blocks = SeedBlocks();

        var withoutMore = blocks.Where(b => !b.Text.StartsWith("More:", StringComparison.Ordinal)).ToList();
        Assert.Equal(expected.Count, withoutMore.Count);
        Assert.StartsWith("WASHINGTON – ", withoutMore[0].Text, StringComparison.Ordinal);
        Assert.Equal(expected[0], withoutMore[0].Text["WASHINGTON – ".Length..]);
        for (int i = 1; i < expected.Count; i++)
        {
            Assert.Equal(expected[i], withoutMore[i].Text);
            Assert.Equal(BlockKind.Paragraph, withoutMore[i].Kind);
        }
    }

    [Fact]
    public void More_line_is_its_own_block_after_the_fourth_paragraph_with_its_absolute_link()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "expected.json")));
        var more = doc.RootElement.GetProperty("moreLinks")[0];
        var blocks = SeedBlocks();

        int index = blocks.ToList().FindIndex(b => b.Text.StartsWith("More:", StringComparison.Ordinal));
        Assert.Equal(more.GetProperty("afterParagraph").GetInt32() + 1, index);
        var link = Assert.Single(blocks[index].Links);
        Assert.Equal(more.GetProperty("text").GetString(), link.Text);
        Assert.Equal(more.GetProperty("url").GetString(), link.Href);
    }

    [Fact]
    public void No_boilerplate_string_reaches_the_body()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "expected.json")));
        var forbidden = doc.RootElement.GetProperty("mustNotContain").EnumerateArray().Select(e => e.GetString()!).ToList();
        var blocks = SeedBlocks().Where(b => !b.Text.StartsWith("More:", StringComparison.Ordinal)).ToList();

        Assert.All(blocks, b => Assert.DoesNotContain(forbidden, f => b.Text.Contains(f, StringComparison.Ordinal)));
        Assert.DoesNotContain(blocks, b => b.Text.Contains("Biden administration quietly reaches out", StringComparison.Ordinal));
    }

    private static IReadOnlyList<BodyBlock> SeedBlocks() =>
        ContentPipeline.Blocks(File.ReadAllText(Path.Combine(Directory, "source.html")));

    private static List<string> ExpectedParagraphs()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "expected.json")));
        return doc.RootElement.GetProperty("paragraphs").EnumerateArray().Select(e => e.GetString()!).ToList();
    }
}
