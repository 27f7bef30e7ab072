using System.Text.RegularExpressions;

namespace Extractor.Metadata;

// Reading the dates written in a text: the date pattern, where it is run (DateWindows), and the calendar day of a match.
internal static partial class VisibleDate
{
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
