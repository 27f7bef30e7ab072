using System.Buffers;
using System.Collections.Frozen;
using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// Finds author names in the page itself: <c>itemprop=author</c>, <c>rel=author</c> links, elements whose class or id
/// says byline/author, short "By X" lines (or a "Written by" label followed by the name), and links to an author page.
/// The article is searched first, then the whole page. Author boxes (biographies, avatars) are passed over. Read-only.
/// </summary>
internal static class BylineReader
{
    private const int MaxBylineLength = 120;
    private const int MaxElementsScanned = 4000;
    private const int MaxAuthorBoxes = 10;

    // The vocabularies as multi-string searches: one pass over a value instead of one per token.
    private static readonly SearchValues<string> BylineTokens = SearchValues.Create(BylineVocabulary.BylineTokens, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> AuthorPathSegments = SearchValues.Create(BylineVocabulary.AuthorPathSegments, StringComparison.OrdinalIgnoreCase);
    /// <summary>The elements a "By X" line is looked for in.</summary>
    private static readonly FrozenSet<string> LineElements = FrozenSet.ToFrozenSet(
        ["p", "span", "div", "address", "li", "strong", "em", "b", "font", "small", "h2", "h3", "h4", "h5", "h6"], StringComparer.Ordinal);


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

    /// <summary>"By Jane Doe" as a short line of its own, or a "Written by" label followed by an element with the name;
    /// returns how many line elements it counted.</summary>
    private static int ReadByLines(IElement scope, List<string> names, List<ReadScope> read)
    {
        int scanned = 0;
        var walk = new ElementWalker(scope);
        while (walk.MoveNext())
        {
            Element element = walk.Current;
            if (LineElements.Contains(element.LocalName))
            {
                if (++scanned > MaxElementsScanned)
                {
                    return Limited;
                }

                if (ReadByLine(element, names))
                {
                    return scanned;
                }
            }

            if (Earlier(read, element) is { } earlier)
            {
                walk.SkipChildren();
                if (earlier.Lines == Limited || (scanned += earlier.Lines) > MaxElementsScanned)
                {
                    return Limited;
                }
            }
        }

        return scanned;
    }

    /// <summary>Reads one line element; true when it gave a name.</summary>
    private static bool ReadByLine(Element element, List<string> names)
    {
        // Cheap tests first: a line that cannot start with a by-line prefix, or is too long, is passed over unread;
        // a block of <br> lines is read line by line below, when it is short enough.
        if (element.ChildElementCount > 3)
        {
            return false;
        }

        // A single line gives a name only when its text starts with a prefix: its first characters tell, unbuilt. Most
        // lines fail here, before their length is counted.
        bool lines = HasBreakChild(element);
        if (!lines)
        {
            Span<char> head = stackalloc char[AuthorNames.LongestPrefix];
            int length = VisibleText.Head(element, head, out bool complete);
            if (!AuthorNames.MayHavePrefix(head[..length], complete))
            {
                return false;
            }
        }

        if (lines ? VisibleText.CertainlyNot(element, 300, AnyCharacter) : VisibleText.CertainlyNot(element, 60, AuthorNames.MayStartWithPrefix))
        {
            return false;
        }

        string? text = VisibleText.Spaced(element);
        if (text is { Length: > 60 and <= 300 } && lines)
        {
            // A short block of lines ("Posted: ...<br>By Jane Doe, Staff Writer"): the byline is one of them.
            text = VisibleText.Lines(element).FirstOrDefault(l => l.Length <= 60 && AuthorNames.StripPrefix(l).Length < l.Length);
        }

        if (text is not { Length: > 1 and <= 60 })
        {
            return false;
        }

        string stripped = AuthorNames.StripPrefix(text);
        if (stripped.Length == text.Length)
        {
            return false;
        }

        // A label alone ("Written by"): the name is the first text of the element after it. So too when the label is
        // the line's first child ("<h2>Article by</h2><div>Jane Doe</div><button>Subscribe</button>").
        bool labelled = false;
        if (stripped.Length == 0 && FirstTextAfter(element) is { } nextText)
        {
            (stripped, labelled) = (nextText, true);
        }
        else if (LabelInside(element) is { } label && FirstTextAfter(label) is { } afterLabel)
        {
            (stripped, labelled) = (afterLabel, true);
        }

        // The name after the prefix is capitalised, or a single handle after a label or "by" ("by cassidoo"), so prose
        // such as "by the way" or "Author names and affiliations" is passed over.
        if (stripped.Length > 0 && (char.IsUpper(stripped[0])
            || (!stripped.Contains(' ', StringComparison.Ordinal) && (labelled || IntroducesHandle(text[..^stripped.Length])))))
        {
            if (LinkedNames(element, stripped) is { } linked)
            {
                linked.ForEach(name => AddFrom(names, name));
            }
            else
            {
                AddFrom(names, stripped);
            }

            return names.Count > 0;
        }

        return false;
    }

    /// <summary>The element inside a byline line that holds its first text when that text is a label alone
    /// ("&lt;h2&gt;Article by&lt;/h2&gt;"), and elements follow it; else null.</summary>
    private static IElement? LabelInside(Element line)
    {
        IText? first = line.Descendants<IText>().FirstOrDefault(t => Text.Clean(t.Data) is not null);
        return first?.ParentElement is { } label && !ReferenceEquals(label, line) && label.NextElementSibling is not null
            && AuthorNames.IsPrefixAlone(first.Data) && VisibleText.Spaced(label) is { } labelText && AuthorNames.IsPrefixAlone(labelText)
            ? label
            : null;
    }

    /// <summary>Whether the prefix before a lower-case handle is a "by" or ends with a colon ("Author: jdoe"), as a
    /// byline writes it, rather than a noun starting a phrase ("Author names").</summary>
    private static bool IntroducesHandle(string prefix)
    {
        ReadOnlySpan<char> words = prefix.AsSpan().TrimEnd();
        return words.EndsWith("by", StringComparison.OrdinalIgnoreCase) || words.EndsWith(':');
    }

    /// <summary>The first text of the element after <paramref name="label"/>, when it is short enough for a name.</summary>
    private static string? FirstTextAfter(IElement label) =>
        label.NextElementSibling?.Descendants<IText>().Select(t => Text.Clean(t.Data)).FirstOrDefault(t => t is not null) is { Length: <= 60 } text
            ? text
            : null;

    /// <summary>
    /// The link texts of a byline whose names are each a link and nothing else ("Written by: &lt;li&gt;&lt;a&gt;Jane
    /// Doe&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a&gt;John Roe&lt;/a&gt;&lt;/li&gt;", which reads as one run of words), or null
    /// when the names are not all links.
    /// </summary>
    private static List<string>? LinkedNames(Element element, string names)
    {
        var texts = new List<string>();
        foreach (IElement link in element.QuerySelectorAll("a"))
        {
            if (VisibleText.Spaced(link) is { Length: > 0 } text)
            {
                texts.Add(text);
            }
        }

        return texts.Count > 1 && string.Equals(string.Join(' ', texts), names, StringComparison.Ordinal) ? texts : null;
    }

    private static bool AnyCharacter(char c) => true;

    private static bool HasBreakChild(Element element)
    {
        // By index: AngleSharp finds NextSibling by searching the parent's children.
        INodeList children = ((INode)element).ChildNodes;
        for (int i = 0; i < children.Length; i++)
        {
            if (children[i] is Element { LocalName: "br" })
            {
                return true;
            }
        }

        return false;
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
