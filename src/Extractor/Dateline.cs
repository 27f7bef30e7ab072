namespace Extractor;

/// <summary>The dateline that opens a news story, e.g. <c>PARIS, Aug 31 (Reuters) -</c>.</summary>
public sealed class Dateline
{
    /// <summary>Creates a dateline.</summary>
    /// <param name="text">The dateline exactly as written, separator included.</param>
    /// <param name="location">The place, e.g. <c>SEOUL, South Korea</c>, or <see langword="null"/>.</param>
    /// <param name="agency">The news agency, e.g. <c>AP</c>, or <see langword="null"/>.</param>
    /// <param name="date">The date as written, e.g. <c>Dec. 14</c>, or <see langword="null"/>.</param>
    public Dateline(string text, string? location, string? agency, string? date)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Location = location;
        Agency = agency;
        Date = date;
    }

    /// <summary>The dateline exactly as written, separator included, e.g. <c>WASHINGTON (AP) —</c>.</summary>
    public string Text { get; }

    /// <summary>The place with its region, e.g. <c>SANTA FE, N.M.</c>; <see langword="null"/> when only an agency is given.</summary>
    public string? Location { get; }

    /// <summary>The agency named in parentheses, e.g. <c>Reuters</c>, or <see langword="null"/>.</summary>
    public string? Agency { get; }

    /// <summary>The date as written in the dateline, e.g. <c>Aug 31</c>, or <see langword="null"/>.</summary>
    public string? Date { get; }
}
