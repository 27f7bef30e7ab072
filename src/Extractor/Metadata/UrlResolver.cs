namespace Extractor.Metadata;

/// <summary>Resolves a page's link values to absolute http(s) addresses.</summary>
internal static class UrlResolver
{
    public static Uri? Resolve(Uri? baseAddress, string? href)
    {
        string? value = Text.Clean(href);
        if (value is null)
        {
            return null;
        }

        if (value.StartsWith("//", StringComparison.Ordinal))
        {
            value = (baseAddress?.Scheme ?? Uri.UriSchemeHttps) + ":" + value;
        }

        // On Unix "/path" parses as an absolute file URI; a value is absolute here only when it names a scheme.
        if (value.Contains("://", StringComparison.Ordinal) && Uri.TryCreate(value, UriKind.Absolute, out Uri? absolute))
        {
            return absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps ? absolute : null;
        }

        return baseAddress is not null && Uri.TryCreate(baseAddress, value, out Uri? relative)
            && (relative.Scheme == Uri.UriSchemeHttp || relative.Scheme == Uri.UriSchemeHttps)
            ? relative
            : null;
    }
}
