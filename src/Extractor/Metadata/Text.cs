using System.Net;
using System.Text.RegularExpressions;

namespace Extractor.Metadata;

/// <summary>Small text helpers for metadata values: entity decoding, whitespace collapsing, comparison keys.</summary>
internal static partial class Text
{
    /// <summary>Decodes leftover entities, collapses whitespace and trims; <see langword="null"/> when nothing is left.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Contains('&', StringComparison.Ordinal))
        {
            value = WebUtility.HtmlDecode(value);
        }

        value = Whitespace().Replace(value, " ").Trim();
        return value.Length == 0 ? null : value;
    }

    /// <summary>A comparison key: letters and digits only, lower-cased, so punctuation and quotes never matter.</summary>
    public static string Key(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        var chars = new char[value.Length];
        int n = 0;
        foreach (char c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
