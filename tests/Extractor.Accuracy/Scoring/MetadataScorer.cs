using System.Globalization;
using System.Text;

namespace Extractor.Accuracy.Scoring;

/// <summary>
/// Normalised exact-match scoring of title, author and publish date against the truth.
/// Normalisation: text is Unicode-NFKC, lower-cased, reduced to its word tokens (as the body metric) joined by
/// one space, so punctuation, quotes, dashes and spacing do not count. Authors: the set of name tokens with the
/// joining words "and"/"by" dropped, so "A, B and C" equals ["A", "B", "C"]. Dates: the calendar date
/// (yyyy-MM-dd) as written in the page's own offset; the truth gives dates only.
/// When the truth is null, a null answer matches, and so does an answer the page itself carries (its normalised
/// form occurs in the page's normalised HTML), since the truth then only says the annotator recorded none. A date
/// is carried when the HTML holds it as yyyy-MM-dd or the page's text writes that day in a common form (English
/// month name before or after the day, or all digits month/day/year or day/month/year).
/// </summary>
public static class MetadataScorer
{
    private static readonly HashSet<string> NameJoiners = new(StringComparer.Ordinal) { "and", "by", "und", "et", "y", "e" };

    /// <summary>Whether a predicted title matches.</summary>
    public static bool TitleMatches(string? truth, string? ours, string pageText) =>
        Matches(Text(truth), Text(ours), pageText);

    /// <summary>Whether the predicted authors match.</summary>
    public static bool AuthorMatches(string? truth, IReadOnlyList<string> ours, string pageText)
    {
        string? joined = ours.Count == 0 ? null : string.Join(", ", ours);
        if (truth is null)
        {
            return joined is null || pageText.Contains(Text(joined)!, StringComparison.Ordinal);
        }

        return joined is not null && NameSet(truth).SetEquals(NameSet(joined));
    }

    /// <summary>Whether the predicted date matches (calendar date only).</summary>
    public static bool DateMatches(string? truth, DateTimeOffset? ours, string rawHtml, string pageText)
    {
        string? day = ours?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (truth is null)
        {
            return day is null || rawHtml.Contains(day, StringComparison.Ordinal) || WrittenForms(ours!.Value).Any(f => pageText.Contains(f, StringComparison.Ordinal));
        }

        return day is not null && truth.Trim().StartsWith(day, StringComparison.Ordinal);
    }

    /// <summary>The normalised text forms a page may write one day in ("february 2 2023", "2 feb 2023", "2 2 2023").</summary>
    private static IEnumerable<string> WrittenForms(DateTimeOffset date)
    {
        var c = CultureInfo.InvariantCulture;
        string y = date.Year.ToString(c), d = date.Day.ToString(c), m = date.Month.ToString(c);
        string dd = date.Day.ToString("00", c), mm = date.Month.ToString("00", c);
        string ordinal = d + ((date.Day % 10, date.Day / 10) switch { (1, not 1) => "st", (2, not 1) => "nd", (3, not 1) => "rd", _ => "th" });
        foreach (string month in new[] { date.ToString("MMMM", c), date.ToString("MMM", c) })
        {
            string name = month.ToLowerInvariant();
            foreach (string day in new[] { d, ordinal })
            {
                yield return " " + name + " " + day + " " + y + " ";
                yield return " " + day + " " + name + " " + y + " ";
            }
        }

        yield return " " + m + " " + d + " " + y + " ";
        yield return " " + d + " " + m + " " + y + " ";
        yield return " " + mm + " " + dd + " " + y + " ";
        yield return " " + dd + " " + mm + " " + y + " ";
    }

    /// <summary>The page's HTML normalised as text is, for the "agrees with the page" check.</summary>
    public static string PageText(string html) => " " + (Text(System.Net.WebUtility.HtmlDecode(html)) ?? "") + " ";

    /// <summary>The normalised form: NFKC, lower case, word tokens joined by one space; null when empty.</summary>
    public static string? Text(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var tokens = ShingleMetric.Tokens(value.Normalize(NormalizationForm.FormKC).ToLowerInvariant());
        return tokens.Count == 0 ? null : string.Join(' ', tokens);
    }

    private static bool Matches(string? truth, string? ours, string pageText) =>
        truth is null ? ours is null || pageText.Contains(ours, StringComparison.Ordinal) : truth == ours;

    private static HashSet<string> NameSet(string names)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (string token in ShingleMetric.Tokens(names.Normalize(NormalizationForm.FormKC).ToLowerInvariant()))
        {
            if (!NameJoiners.Contains(token))
            {
                set.Add(token);
            }
        }

        return set;
    }
}
