using System.Globalization;
using System.Text.RegularExpressions;

namespace Extractor.Metadata;

/// <summary>
/// Parses the dates pages write (ISO 8601 with or without offset, RFC 1123, "March 14, 2021", "14.03.2021", Unix
/// seconds) into a <see cref="DateTimeOffset"/> that keeps the page's own offset; a date without one is taken as UTC.
/// </summary>
internal static partial class DateParser
{
    private const DateTimeStyles Styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;

    public static DateTimeOffset? Parse(string? value)
    {
        string? text = Text.Clean(value);
        if (text is null || text.Length > 80)
        {
            return null;
        }

        text = Prepare(text);
        CultureInfo invariant = CultureInfo.InvariantCulture;
        if (DateTimeOffset.TryParseExact(text, DateFormats.Exact, invariant, Styles, out DateTimeOffset exact))
        {
            return Plausible(exact);
        }

        if (text.Length is 10 or 13 && text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, invariant, out long epoch))
        {
            return Plausible(text.Length == 10 ? DateTimeOffset.FromUnixTimeSeconds(epoch) : DateTimeOffset.FromUnixTimeMilliseconds(epoch));
        }

        if (IsoPrefix().Match(text) is { Success: true } iso
            && DateTimeOffset.TryParse(iso.Value, invariant, Styles, out DateTimeOffset prefix))
        {
            return Plausible(prefix);
        }

        return DateTimeOffset.TryParse(text, invariant, Styles, out DateTimeOffset loose) ? Plausible(loose) : null;
    }

    /// <summary>Normalises spellings the formats do not cover: "+0000" offsets, "Z", ordinals, "Sept.", leading words.</summary>
    private static string Prepare(string text)
    {
        string lower = text.ToLowerInvariant();
        foreach (string word in DateFormats.LeadingWords)
        {
            if (lower.StartsWith(word + " ", StringComparison.Ordinal) || (word.EndsWith(':') && lower.StartsWith(word, StringComparison.Ordinal)))
            {
                text = text[word.Length..].TrimStart();
                break;
            }
        }

        text = CompactOffset().Replace(text, "$1$2:$3");
        text = text.EndsWith('Z') && text.Contains('T', StringComparison.Ordinal) ? text[..^1] + "+00:00" : text;
        text = Ordinal().Replace(text, "$1");
        return text.Replace("Sept.", "Sep", StringComparison.OrdinalIgnoreCase).Replace("Sept ", "Sep ", StringComparison.OrdinalIgnoreCase);
    }

    private static DateTimeOffset? Plausible(DateTimeOffset date) =>
        date.Year is >= 1990 and <= 2100 ? date : null;

    [GeneratedRegex(@"([T\d:.]\d)([+-]\d\d)(\d\d)$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"\b(\d{1,2})(st|nd|rd|th)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?([+-]\d\d:\d\d|Z)?)?")]
    private static partial Regex IsoPrefix();
}
