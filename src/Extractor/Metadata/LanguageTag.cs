namespace Extractor.Metadata;

/// <summary>
/// Normalises language values (<c>en_US</c>, <c>EN-us</c>, <c>pt-br</c>, <c>de-DE</c>) to BCP 47 case and form:
/// lower-case language, title-case script, upper-case region, the region dropped when it is the language's likely one.
/// </summary>
internal static class LanguageTag
{
    public static string? Normalize(string? value)
    {
        string? text = Text.Clean(value);
        if (text is null)
        {
            return null;
        }

        // content-language may list several; the first one is the page's.
        text = text.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries)[0];
        string[] parts = text.Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts[0].Length is < 2 or > 3 || !parts[0].All(char.IsAsciiLetter))
        {
            return null;
        }

        string language = parts[0].ToLowerInvariant();
        string? script = null;
        string? region = null;
        foreach (string part in parts.Skip(1))
        {
            if (part.Length == 4 && part.All(char.IsAsciiLetter) && script is null && region is null)
            {
                script = char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant();
            }
            else if ((part.Length == 2 && part.All(char.IsAsciiLetter)) || (part.Length == 3 && part.All(char.IsAsciiDigit)))
            {
                region ??= part.ToUpperInvariant();
            }
        }

        if (region is not null && script is null && LanguageRegions.Likely.TryGetValue(language, out string? likely) && likely == region)
        {
            region = null;
        }

        return string.Join('-', new[] { language, script, region }.Where(p => p is not null));
    }
}
