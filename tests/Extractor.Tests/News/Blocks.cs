using Extractor.Content;

namespace Extractor.Tests.News;

/// <summary>Builds body blocks for news-stage tests: paragraphs separated by a blank line; "## " marks a heading.</summary>
internal static class Blocks
{
    public static List<BodyBlock> From(string paragraphs) =>
        paragraphs.Split("\n\n").Select(Block).ToList();

    public static BodyBlock Block(string text) =>
        text.StartsWith("## ", StringComparison.Ordinal)
            ? new BodyBlock(BlockKind.Heading, text[3..], 2, [])
            : new BodyBlock(BlockKind.Paragraph, text, 0, []);

    public static BodyBlock Linked(string text, params (string Text, string Href)[] links) =>
        new(BlockKind.Paragraph, text, 0, links.Select(l => new BlockLink(l.Text, l.Href)).ToList());
}

/// <summary>A story's address and two of its paragraphs, shared by the "More:" link tests.</summary>
internal static class StoryPage
{
    public const string Address = "https://news.example/2024/05/01/story/";
    public const string First = "The council voted on Tuesday to raise taxes for the first time in a decade.";
    public const string Last = "The new rates take effect in July, officials said.";
}
