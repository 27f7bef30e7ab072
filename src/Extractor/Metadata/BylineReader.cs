using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// Finds author names in the page itself: <c>itemprop=author</c>, <c>rel=author</c> links, elements whose class or id
/// says byline/author, and short "By X" lines. Author boxes (biographies, avatars) are passed over. Read-only.
/// </summary>
internal static class BylineReader
{
    private const int MaxBylineLength = 120;
    private const int MaxElementsScanned = 4000;

    public static List<string> Read(IDocument document)
    {
        var names = new List<string>();
        IElement? scope = document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.Body;
        if (scope is null)
        {
            return names;
        }

        foreach (IElement element in scope.QuerySelectorAll("[itemprop~='author']"))
        {
            IElement? name = element.QuerySelector("[itemprop~='name']");
            AddFrom(names, name?.GetAttribute("content") ?? name?.TextContent ?? element.GetAttribute("content") ?? element.TextContent);
        }

        if (names.Count == 0)
        {
            foreach (IElement link in scope.QuerySelectorAll("a[rel~='author']"))
            {
                AddFrom(names, link.TextContent);
            }
        }

        if (names.Count == 0)
        {
            ReadBylineElements(scope, names);
        }

        if (names.Count == 0)
        {
            ReadByLines(scope, names);
        }

        return names;
    }

    private static void ReadBylineElements(IElement scope, List<string> names)
    {
        int scanned = 0;
        foreach (IElement element in scope.QuerySelectorAll("[class],[id]"))
        {
            if (++scanned > MaxElementsScanned || names.Count > 0)
            {
                return;
            }

            if (!IsBylineElement(element))
            {
                continue;
            }

            // A byline holding author links: the link texts are the names.
            var links = element.QuerySelectorAll("a").Where(a => (a.GetAttribute("href") ?? string.Empty).Contains("author", StringComparison.OrdinalIgnoreCase)).ToList();
            if (links.Count > 0)
            {
                foreach (IElement link in links)
                {
                    AddFrom(names, link.TextContent);
                }
            }
            else if (element.TextContent.Length <= MaxBylineLength)
            {
                AddFrom(names, element.TextContent);
            }
        }
    }

    private static void ReadByLines(IElement scope, List<string> names)
    {
        int scanned = 0;
        foreach (IElement element in scope.QuerySelectorAll("p,span,div,address,li"))
        {
            if (++scanned > MaxElementsScanned)
            {
                return;
            }

            if (element.ChildElementCount > 3)
            {
                continue;
            }

            string? text = Text.Clean(element.TextContent);
            if (text is { Length: > 4 and <= 60 } && text.StartsWith("By ", StringComparison.Ordinal))
            {
                AddFrom(names, text);
                if (names.Count > 0)
                {
                    return;
                }
            }
        }
    }

    private static bool IsBylineElement(IElement element)
    {
        string tokens = $"{element.ClassName} {element.Id} {element.GetAttribute("itemprop")}".ToLowerInvariant();
        if (!MetadataVocabulary.BylineTokens.Any(t => tokens.Contains(t, StringComparison.Ordinal)))
        {
            return false;
        }

        return !tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(token => MetadataVocabulary.NotBylineTokens.Any(n => token.Contains(n, StringComparison.Ordinal)) && !token.Contains("byline", StringComparison.Ordinal));
    }

    private static void AddFrom(List<string> names, string? raw)
    {
        foreach (string name in AuthorNames.Parse(raw))
        {
            AuthorNames.Add(names, name);
        }
    }
}
