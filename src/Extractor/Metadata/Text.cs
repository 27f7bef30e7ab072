using System.Net;
using System.Text;

namespace Extractor.Metadata;

/// <summary>Small text helpers for metadata values: entity decoding, whitespace collapsing, comparison keys.</summary>
internal static class Text
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

        value = CollapseWhitespace(value);
        return value.Length == 0 ? null : value;
    }

    /// <summary>The number of words of a cleaned value (its space-separated pieces).</summary>
    public static int Words(string value) => value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Each run of whitespace becomes one space and none is left at either end; the value itself when
    /// it is already so (no allocation for the common short value).</summary>
    private static string CollapseWhitespace(string value)
    {
        ReadOnlySpan<char> trimmed = value.AsSpan().Trim();
        int i = 0;
        while (i < trimmed.Length && (!char.IsWhiteSpace(trimmed[i]) || (trimmed[i] == ' ' && trimmed[i - 1] != ' ')))
        {
            i++;
        }

        if (i == trimmed.Length)
        {
            return trimmed.Length == value.Length ? value : trimmed.ToString();
        }

        var builder = new StringBuilder(trimmed.Length);
        builder.Append(trimmed[..i]);
        bool space = false;
        foreach (char c in trimmed[i..])
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(c);
        }

        return builder.ToString();
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
}
