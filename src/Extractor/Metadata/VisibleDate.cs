using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// Finds the date a reader sees by the headline: the first date written in the text just after the headline's
/// <c>&lt;h1&gt;</c> (or, failing that, just before it), such as "August 19, 2025", "19. März 2025", "2025-02-22".
/// </summary>
internal static partial class VisibleDate
{
    private const int After = 4000;
    private const int Before = 1500;

    private const int Near = 400;

    /// <summary>A date before the headline must stand right by it ("News · March 1, 2024 · Headline").</summary>
    private const int NearBefore = 60;

    private const int MaxLabelledText = 200_000;
    private const int MaxLabels = 200;
    private const int LabelledDateLength = 40;

    /// <summary>A byline's date stands at most this far after "by", with at most <see cref="MaxBylineWords"/> words of names between.</summary>
    private const int BylineDateReach = 100;
    private const int MaxBylineWords = 8;

    private static readonly System.Buffers.SearchValues<char> NameCharacters = System.Buffers.SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ.'’-,");

    /// <summary>Deeper nesting is not read: hostile pages nest thousands of elements, and the walk is recursive.</summary>
    private const int MaxDepth = 256;

    /// <summary>
    /// The visible date: the first of the <paramref name="known"/> metadata dates (in their order) that is written by the
    /// headline; else a date written close after the headline, else close before it; else (when the page has no
    /// metadata date) the date nearest the headline.
    /// A date labelled "Updated"/"Modified" is not taken over a published date from the metadata.
    /// </summary>
    public static DateOnly? Find(IDocument document, string? headline, IReadOnlyCollection<DateOnly> known, bool hasPublished) =>
        Find(new PageScan(document), headline, known, hasPublished);

    /// <inheritdoc cref="Find(IDocument, string?, IReadOnlyCollection{DateOnly}, bool)"/>
    public static DateOnly? Find(PageScan scan, string? headline, IReadOnlyCollection<DateOnly> known, bool hasPublished)
    {
        IDocument document = scan.Document;
        INode? anchor = Anchor(scan, headline);
        if (anchor is null || document.Body is null)
        {
            return null;
        }

        var before = new StringBuilder();
        var after = new StringBuilder();
        bool seen = false;
        Walk(document.Body, anchor, before, after, ref seen, 0);
        string previous = before.Length > Before ? before.ToString(before.Length - Before, Before) : before.ToString();
        List<Candidate> following = Dates(after.ToString());

        // Dates before the headline, nearest first, each at its distance from the headline.
        List<Candidate> preceding = Dates(previous);
        preceding.Reverse();
        for (int i = 0; i < preceding.Count; i++)
        {
            preceding[i] = preceding[i] with { Offset = previous.Length - preceding[i].End };
        }

        if (following.Count == 0 && preceding.Count == 0)
        {
            return null;
        }

        // The known dates come in order of trust (published, then modified): when the page shows both, the
        // publication date is the article's date, whichever is written first. "09.10.2024" may be either reading.
        foreach (DateOnly day in known)
        {
            if (Shows(following, day) || Shows(preceding, day))
            {
                return day;
            }
        }

        // A date labelled "Updated" stands in for the publication date only when the page gives no date metadata.
        bool Eligible(Candidate c) => !hasPublished || !c.Update;
        int next = following.FindIndex(Eligible);
        if (next >= 0 && following[next].Offset < Near)
        {
            return following[next].Date;
        }

        int last = preceding.FindIndex(Eligible);
        if (last >= 0 && preceding[last].Offset < NearBefore)
        {
            return preceding[last].Date;
        }

        // Without metadata, the date nearest the headline on either side.
        if (known.Count > 0)
        {
            return null;
        }

        // The first of the nearest, the dates after the headline before those before it.
        Candidate? nearest = null;
        foreach (List<Candidate> side in (List<Candidate>[])[following, preceding])
        {
            foreach (Candidate c in side)
            {
                if (Eligible(c) && (nearest is null || c.Offset < nearest.Value.Offset))
                {
                    nearest = c;
                }
            }
        }

        return nearest?.Date;
    }

    /// <summary>Whether a date not labelled as an update reads as <paramref name="day"/> (either way round).</summary>
    private static bool Shows(List<Candidate> candidates, DateOnly day)
    {
        foreach (Candidate c in candidates)
        {
            if ((c.Date == day || c.Swapped == day) && !c.Update)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A date the page labels as the publication date anywhere in its text ("Published On: 15 August 2025", "Posted on
    /// April 13, 2023", "originally published on 26 Sep 2019"): the last resort when nothing else dates the page.
    /// </summary>
    public static DateOnly? Labelled(IDocument document)
    {
        if (document.Body is null)
        {
            return null;
        }

        var text = new StringBuilder();
        var walk = new TextWalker(document.Body);
        while (walk.MoveNext())
        {
            if (walk.Parent is Element { LocalName: "script" or "style" or "noscript" or "template" })
            {
                continue;
            }

            text.Append(walk.Current.Data).Append(' ');
            if (text.Length > MaxLabelledText)
            {
                break;
            }
        }

        string all = text.ToString();
        int labels = 0;
        foreach (Match label in PublishedLabel().Matches(all))
        {
            // Only the few characters after the label are read: the date must follow it directly.
            int start = label.Index + label.Length;
            Match date = DatePattern().Match(all, start, Math.Min(LabelledDateLength, all.Length - start));
            if (date.Success && date.Index == start && ToDate(date) is { } day)
            {
                return day;
            }

            if (++labels >= MaxLabels)
            {
                break;
            }
        }

        return BylineDate(all);
    }

    /// <summary>
    /// A date written right after a byline ("Written by Jane Doe and John Roe April 8, 2024", "By Jane Doe | 8 April
    /// 2024"): between the label and the date only capitalised name words, "and"/"&amp;" and separators.
    /// </summary>
    internal static DateOnly? BylineDate(string text)
    {
        int labels = 0;
        foreach (Match label in BylineLabel().Matches(text))
        {
            int start = label.Index + label.Length;
            Match date = DatePattern().Match(text, start, Math.Min(BylineDateReach, text.Length - start));
            if (date.Success && IsNameRun(text.AsSpan(start, date.Index - start)) && ToDate(date) is { } day)
            {
                return day;
            }

            if (++labels >= MaxLabels)
            {
                break;
            }
        }

        return null;
    }

    private static bool IsNameRun(ReadOnlySpan<char> between)
    {
        between = between.TrimEnd(" \t\n\r\u00a0,|·•–—-");
        int words = 0;
        foreach (Range range in between.Split(' '))
        {
            ReadOnlySpan<char> word = between[range].Trim();
            if (word.IsEmpty)
            {
                continue;
            }

            bool joiner = word is "and" or "&" && words > 0;
            if (!joiner && !(char.IsUpper(word[0]) && !word.ContainsAnyExcept(NameCharacters)))
            {
                return false;
            }

            words++;
        }

        return words is > 0 and <= MaxBylineWords;
    }

    private static INode? Anchor(PageScan scan, string? headline)
    {
        string key = Text.Key(headline);
        IElement? match = key.Length == 0 ? null : scan.Headings
            .FirstOrDefault(h => Text.Key(h.TextContent) is { Length: > 0 } k && (k.Contains(key, StringComparison.Ordinal) || key.Contains(k, StringComparison.Ordinal)) && k.Length * 2 >= key.Length);
        return match ?? scan.H1s().FirstOrDefault() ?? scan.Article ?? scan.Main ?? scan.Document.Body?.FirstElementChild;
    }

    /// <summary>Collects text in document order: everything before the anchor, and up to <see cref="After"/> characters from it on.</summary>
    /// <remarks>Steps by child index (<see cref="ChildLists"/>, no recursion): each node is read once where it stands,
    /// not pushed and popped.</remarks>
    private static bool Walk(INode node, INode anchor, StringBuilder before, StringBuilder after, ref bool seen, int depth)
    {
        var lists = new ChildLists(node);

        // The level is the depth of the nodes in the list being read, counted from `depth` for the children of `node`.
        while (lists.Next() is { } child)
        {
            if (child == anchor)
            {
                seen = true;
            }

            // The element class first: a class test is cheaper than an interface test, and most nodes are elements.
            if (child is Element element)
            {
                if (element.LocalName is not ("script" or "style" or "noscript" or "template" or "svg") && depth + lists.Level < MaxDepth
                    && element.HasChildNodes)
                {
                    lists.Enter(element);
                }
            }
            else if (child is IText text)
            {
                // Only the words count towards the window: layout whitespace is dropped.
                ReadOnlySpan<char> data = text.Data.AsSpan().Trim();
                if (data.IsEmpty)
                {
                    continue;
                }

                // Only the last Before characters before the headline are read: the builder is kept short.
                (seen ? after : before).Append(data).Append(' ');
                if (before.Length > 2 * Before)
                {
                    before.Remove(0, before.Length - Before);
                }

                if (after.Length > After)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A date written in a text: where it starts and ends, whether an update label precedes it, and the
    /// other reading of an all-numeric date whose day and month could swap ("09.10.2024").</summary>
    private readonly record struct Candidate(DateOnly Date, int Offset, int End, bool Update, DateOnly? Swapped);

    /// <summary>The dates written in a text, in order, each at its distance from the text's start.</summary>
    private static List<Candidate> Dates(string text)
    {
        var dates = new List<Candidate>();
        foreach (Match match in Matches(text))
        {
            if (ToDate(match) is { } date)
            {
                string before = text[Math.Max(0, match.Index - 24)..match.Index].ToLowerInvariant();
                bool update = DateFormats.UpdateLabels.Any(label => before.Contains(label, StringComparison.Ordinal));
                DateOnly? swapped = !match.Groups["mn"].Success && date.Day <= 12 && date.Day != date.Month
                    ? new DateOnly(date.Year, date.Day, date.Month)
                    : null;
                dates.Add(new Candidate(date, match.Index, match.Index + match.Length, update, swapped));
            }
        }

        return dates;
    }

    /// <summary>The date pattern's matches over the whole text, read only where a year is written (<see cref="DateWindows"/>).</summary>
    internal static IEnumerable<Match> Matches(string text)
    {
        foreach (var (start, length) in DateWindows.Find(text))
        {
            for (Match match = DatePattern().Match(text, start, length); match.Success; match = match.NextMatch())
            {
                yield return match;
            }
        }
    }

    /// <summary>The calendar day of a date match (groups <c>y</c>, <c>d</c> and <c>m</c> or <c>mn</c>), or null when it is no day.</summary>
    internal static DateOnly? ToDate(Match match)
    {
        string monthText = match.Groups["mn"].Success ? match.Groups["mn"].Value : match.Groups["m"].Value;
        int month = match.Groups["mn"].Success
            ? (MonthNames.Months.TryGetValue(monthText.TrimEnd('.'), out int named) ? named : 0)
            : int.Parse(monthText, System.Globalization.CultureInfo.InvariantCulture);
        int day = int.Parse(match.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (month > 12 && day <= 12)
        {
            // "15/12/2025": day first after all.
            (day, month) = (month, day);
        }

        int year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day is < 1 or > 31 || year is < 1990 or > 2100 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    [GeneratedRegex(
        @"\b(?:originally published|first published|published|posted|publication date|date published|veröffentlicht|publié|publicado|pubblicato)(?:\s+(?:on|at|am|le|el|il))?\s*:?\s*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"\b(?:[Ww]ritten by|By|by)\s*:?\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BylineLabel();

    [GeneratedRegex(
        @"\b(?:(?<mn>\p{L}{3,10})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})" +
        @"|(?<d>\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:de\s+)?(?<mn>\p{L}{3,10})\.?,?\s+(?:de\s+)?(?<y>\d{4})" +
        @"|(?<y>\d{4})-(?<m>\d\d)-(?<d>\d\d)" +
        @"|(?<y>\d{4})/(?<m>\d\d)/(?<d>\d\d)" +
        @"|(?<y>\d{4})\.(?<m>\d\d)\.(?<d>\d\d)" +
        @"|(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>\d{4})" +
        @"|(?<m>\d{1,2})/(?<d>\d{1,2})/(?<y>\d{4})" +
        @"|(?<d>\d{1,2})-(?<m>\d{1,2})-(?<y>\d{4})" +
        @"|(?<d>\d{1,2})-(?<mn>\p{L}{3,10})-(?<y>\d{4}))(?:\b|(?=T\d\d:))",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex DatePattern();
}
