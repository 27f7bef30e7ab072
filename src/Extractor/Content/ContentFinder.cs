using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Extractor.Metadata;

namespace Extractor.Content;

/// <summary>Finds the main content and turns it into ordered body blocks.</summary>
internal static partial class ContentFinder
{
    public static IReadOnlyList<BodyBlock> Find(IDocument document, PageMetadata metadata, Uri? address)
    {
        _ = metadata;
        IElement? root = document.QuerySelector("article") ?? document.Body;
        var blocks = new List<BodyBlock>();
        if (root is null)
        {
            return blocks;
        }

        foreach (var element in root.QuerySelectorAll("p,h2,h3,h4,h5,h6,li,blockquote"))
        {
            string text = Normalize(element.TextContent);
            if (text.Length == 0)
            {
                continue;
            }

            var links = element.QuerySelectorAll("a[href]")
                .Select(a => new BlockLink(Normalize(a.TextContent), Absolute(address, a.GetAttribute("href")!)))
                .ToList();
            var kind = element.LocalName switch
            {
                "li" => BlockKind.ListItem,
                "blockquote" => BlockKind.BlockQuote,
                "p" => BlockKind.Paragraph,
                _ => BlockKind.Heading,
            };
            blocks.Add(new BodyBlock(kind, text, kind == BlockKind.Heading ? element.LocalName[1] - '0' : 0, links));
        }

        return blocks;
    }

    private static string Absolute(Uri? address, string href) =>
        address is not null && Uri.TryCreate(address, href, out var uri) ? uri.AbsoluteUri : href;

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
