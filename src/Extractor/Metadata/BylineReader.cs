using System.Buffers;
using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// Finds author names in the page itself: <c>itemprop=author</c>, <c>rel=author</c> links, elements whose class or id
/// says byline/author, short "By X" lines (or a "Written by" label followed by the name), and links to an author page.
/// The article is searched first, then the whole page. Author boxes (biographies, avatars) are passed over. Read-only.
/// </summary>
internal static partial class BylineReader
{
    private const int MaxBylineLength = 120;
    private const int MaxElementsScanned = 4000;
    private const int MaxAuthorBoxes = 10;

    // The vocabularies as multi-string searches: one pass over a value instead of one per token.
    private static readonly SearchValues<string> BylineTokens = SearchValues.Create(BylineVocabulary.BylineTokens, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> AuthorPathSegments = SearchValues.Create(BylineVocabulary.AuthorPathSegments, StringComparison.OrdinalIgnoreCase);
    public static List<string> Read(PageScan scan)
    {
        var names = new List<string>();
        var read = new List<ReadScope>(2);
        IElement?[] scopes = [scan.Article, scan.Main, scan.Document.Body];
        foreach (IElement scope in scopes.OfType<IElement>().Distinct())
        {
            read.Add(Read(scan, scope, names, read));
            if (names.Count > 0)
            {
                break;
            }
        }

        return names;
    }

    /// <summary>
    /// A scope searched in full without a name found, with the number of elements each walk counted below it towards
    /// its limit (<see cref="Limited"/> when the walk reached the limit). A later, wider scope steps over its subtree:
    /// its elements came later in the wider walk's count, so the wider walk would have read only some of the same
    /// elements again, and none of them gave a name.
    /// </summary>
    private readonly record struct ReadScope(IElement Scope, int Marked, int Lines, int Boxes);

    private const int Limited = -1;

    /// <summary>The earlier scope that is <paramref name="element"/>, if any.</summary>
    private static ReadScope? Earlier(List<ReadScope> read, IElement element)
    {
        foreach (ReadScope scope in read)
        {
            if (ReferenceEquals(scope.Scope, element))
            {
                return scope;
            }
        }

        return null;
    }

    private static ReadScope Read(PageScan scan, IElement scope, List<string> names, List<ReadScope> read)
    {
        int marked = Limited;
        int lines = Limited;
        int boxes = Limited;

        foreach (IElement element in scan.WithItemprop("author", scope))
        {
            IElement? name = element.QuerySelector("[itemprop~='name']");
            AddFrom(names, name?.GetAttribute("content") ?? (name is null ? null : VisibleText.Spaced(name)) ?? element.GetAttribute("content") ?? VisibleText.Spaced(element));
        }

        if (names.Count == 0)
        {
            foreach (IElement link in scan.Links(scope))
            {
                if (!PageScan.HasToken(link.GetAttribute("rel"), "author", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                AddFrom(names, VisibleText.Spaced(link));
            }
        }

        if (names.Count == 0)
        {
            marked = ReadBylineElements(scope, names, read);
        }

        if (names.Count == 0)
        {
            lines = ReadByLines(scope, names, read);
        }

        if (names.Count == 0)
        {
            ReadAuthorLinks(scan, scope, names);
        }

        if (names.Count == 0)
        {
            boxes = ReadAuthorBoxName(scope, names, read);
        }

        return new ReadScope(scope, marked, lines, boxes);
    }

    /// <summary>The last resort: the name in an author box ("author-box__name", "authorName"), passed over as a byline;
    /// returns how many such boxes it counted.</summary>
    private static int ReadAuthorBoxName(IElement scope, List<string> names, List<ReadScope> read)
    {
        int boxes = 0;
        var walk = new ElementWalker(scope);
        while (walk.MoveNext())
        {
            Element element = walk.Current;
            if (IsAuthorNameBox(element))
            {
                if (++boxes > MaxAuthorBoxes)
                {
                    return Limited;
                }

                if (element.ChildElementCount <= 2 && element.Closest("[class*='comment' i],[id*='comment' i]") is null
                    && VisibleText.Spaced(element) is { Length: <= 60 } text)
                {
                    AddFrom(names, text);
                    if (names.Count > 0)
                    {
                        return boxes;
                    }
                }
            }

            if (Earlier(read, element) is { } earlier)
            {
                walk.SkipChildren();
                if (earlier.Boxes == Limited || (boxes += earlier.Boxes) >= MaxAuthorBoxes)
                {
                    return Limited;
                }
            }
        }

        return boxes;
    }

    /// <summary>Whether the class says author and name, as <c>[class*='author' i][class*='name' i]</c> matches it.</summary>
    private static bool IsAuthorNameBox(Element element) =>
        element.GetAttribute(null, "class") is { Length: >= 8 } className
        && className.Contains("author", StringComparison.OrdinalIgnoreCase)
        && className.Contains("name", StringComparison.OrdinalIgnoreCase);

    /// <summary>Elements whose class or id says byline; returns how many elements with a class or id it counted.</summary>
    private static int ReadBylineElements(IElement scope, List<string> names, List<ReadScope> read)
    {
        int scanned = 0;
        var walk = new ElementWalker(scope);
        while (walk.MoveNext())
        {
            Element element = walk.Current;
            // Each attribute read once: ClassName and Id are these lookups, with "" for a missing attribute.
            string? className = element.GetAttribute(null, "class");
            string? id = element.GetAttribute(null, "id");
            if (className is not null || id is not null)
            {
                if (++scanned > MaxElementsScanned)
                {
                    return Limited;
                }

                ReadBylineElement(element, className ?? string.Empty, id ?? string.Empty, names);
                if (names.Count > 0)
                {
                    return scanned;
                }
            }

            if (Earlier(read, element) is { } earlier)
            {
                walk.SkipChildren();
                if (earlier.Marked == Limited || (scanned += earlier.Marked) > MaxElementsScanned)
                {
                    return Limited;
                }
            }
        }

        return scanned;
    }

    private static void ReadBylineElement(Element element, string className, string id, List<string> names)
    {
        if (!IsBylineElement(element, className, id))
        {
            return;
        }

        // A byline holding author links: the link texts are the names.
        // A reviewer or editor credited beside the author ("By X. Reviewed by Y") is not an author.
        var links = element.QuerySelectorAll("a").Where(a => IsAuthorLink(a) && !CreditsSomeoneElse(a)).ToList();
        if (links.Count > 0)
        {
            foreach (IElement link in links)
            {
                AddFrom(names, VisibleText.Spaced(link));
            }
        }
        else if (VisibleText.Spaced(element) is { Length: <= MaxBylineLength } text)
        {
            AddFrom(names, text);
        }
    }

    private static void ReadAuthorLinks(PageScan scan, IElement scope, List<string> names)
    {
        IElement? link = scan.Links(scope).Where(a => a.HasAttribute("href")).Take(MaxElementsScanned).FirstOrDefault(a => IsAuthorLink(a) && a.Closest("[class*='comment' i],[id*='comment' i]") is null);
        if (link is not null)
        {
            AddFrom(names, VisibleText.Spaced(link));
        }
    }

    /// <summary>Whether the text just before the link credits a non-author role ("Reviewed by", "Edited by").</summary>
    private static bool CreditsSomeoneElse(IElement link)
    {
        if (link.PreviousSibling is not IText before)
        {
            return false;
        }

        string text = before.Data.TrimEnd(' ', '\u00a0', ':').ToLowerInvariant();
        return BylineVocabulary.OtherCredits.Any(c => text.EndsWith(c, StringComparison.Ordinal));
    }

    private static bool IsAuthorLink(IElement link)
    {
        // The page of one author ("/author/jane-doe"), not the index of them all ("/authors/").
        string href = link.GetAttribute("href") ?? string.Empty;
        int end = href.AsSpan().IndexOfAny('?', '#');
        end = end >= 0 ? end : href.Length;

        // One search for all the segments first: most links hold none.
        if (!href.AsSpan(0, end).ContainsAny(AuthorPathSegments))
        {
            return false;
        }

        foreach (string segment in BylineVocabulary.AuthorPathSegments)
        {
            int at = href.AsSpan(0, end).IndexOf(segment, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && at + segment.Length < end && href[at + segment.Length] != '/')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the element's class, id or itemprop says byline; <paramref name="className"/> and
    /// <paramref name="id"/> are its <c>ClassName</c> and <c>Id</c>, read by the caller.</summary>
    private static bool IsBylineElement(Element element, string className, string id)
    {
        string? itemprop = element.GetAttribute(null, "itemprop");
        if (CertainlyNoBylineToken(className) && CertainlyNoBylineToken(id) && CertainlyNoBylineToken(itemprop))
        {
            return false;
        }

        string tokens = $"{className} {id} {itemprop}".ToLowerInvariant();
        if (!BylineVocabulary.BylineTokens.Any(t => tokens.Contains(t, StringComparison.Ordinal)))
        {
            return false;
        }

        return !tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(token => BylineVocabulary.NotBylineTokens.Any(n => token.Contains(n, StringComparison.Ordinal)) && !token.Contains("byline", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether an ASCII attribute value holds none of the byline tokens, without building the lower-cased token string
    /// (the tokens hold no spaces, so none can span two values). Other text is left to the full test.
    /// </summary>
    private static bool CertainlyNoBylineToken(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (!System.Text.Ascii.IsValid(value))
        {
            return false;
        }

        return !value.AsSpan().ContainsAny(BylineTokens);
    }

    private static void AddFrom(List<string> names, string? raw)
    {
        foreach (string name in AuthorNames.Parse(raw))
        {
            AuthorNames.Add(names, name);
        }
    }
}
