using Extractor.Content;
using Extractor.Rendering;

namespace Extractor.Tests.Rendering;

/// <summary>The plain-text body: dateline, blocks separated by a blank line, ordered items numbered.</summary>
public sealed class TextRendererTests
{
    private static readonly Dateline Washington = new("WASHINGTON (AP) —", "WASHINGTON", "AP", null);

    [Fact]
    public void Blocks_are_separated_by_a_blank_line()
    {
        Assert.Equal("One.\n\nTwo.\n\nThree.", TextRenderer.Render(null, ["One.", "Two.", "Three."]));
    }

    [Fact]
    public void Dateline_opens_the_first_block_after_a_space()
    {
        Assert.Equal("WASHINGTON (AP) — The Senate voted.\n\nMore.", TextRenderer.Render(Washington, ["The Senate voted.", "More."]));
    }

    [Fact]
    public void Dateline_alone_is_the_whole_text()
    {
        Assert.Equal("WASHINGTON (AP) —", TextRenderer.Render(Washington, []));
    }

    [Fact]
    public void No_blocks_render_as_empty_text()
    {
        Assert.Equal(string.Empty, TextRenderer.Render(null, []));
    }

    [Fact]
    public void Ordered_list_items_are_numbered_unless_they_carry_their_own_number()
    {
        BodyBlock[] blocks =
        [
            new(BlockKind.Paragraph, "Steps:", 0, []),
            new(BlockKind.ListItem, "Mix.", 1, [], 1),
            new(BlockKind.ListItem, "Bake.", 1, [], 2),
            new(BlockKind.Paragraph, "Then:", 0, []),
            new(BlockKind.ListItem, "3 eggs", 1, [], 3),
            new(BlockKind.ListItem, "Rest.", 1, [], 4),
            new(BlockKind.ListItem, "Serve.", 0, []),
        ];

        Assert.Equal(["Steps:", "1. Mix.", "2. Bake.", "Then:", "3 eggs", "4. Rest.", "Serve."], TextRenderer.NumberOrderedItems(blocks));
    }
}
