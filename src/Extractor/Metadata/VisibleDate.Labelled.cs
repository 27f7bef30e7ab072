using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Extractor.Metadata;

// Dates the page labels as its publication date anywhere in its text, or writes right after a byline: the last
// resorts when nothing else dates the page.
internal static partial class VisibleDate
{
    private const int MaxLabelledText = 200_000;
    private const int MaxLabels = 200;
    private const int LabelledDateLength = 40;

    /// <summary>A byline's date stands at most this far after "by", with at most <see cref="MaxBylineWords"/> words of names between.</summary>
    private const int BylineDateReach = 100;
    private const int MaxBylineWords = 8;

    private static readonly System.Buffers.SearchValues<char> NameCharacters = System.Buffers.SearchValues.Create(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÕÖØÙÚÛÜÝßàáâãäåæçèéêëìíîïñòóôõöøùúûüýÿ.'’-,");

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

    [GeneratedRegex(
        @"\b(?:originally published|first published|published|posted|publication date|date published|veröffentlicht|publié|publicado|pubblicato)(?:\s+(?:on|at|am|le|el|il))?\s*:?\s*",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PublishedLabel();

    [GeneratedRegex(@"\b(?:[Ww]ritten by|By|by)\s*:?\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BylineLabel();
}
