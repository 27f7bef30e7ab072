namespace Extractor.Cli.Inputs;

/// <summary>Decides what an INPUT names: <c>-</c>, an http(s) URL, a file, or nothing usable.</summary>
internal static class InputResolver
{
    /// <summary>The input that stands for "no INPUT": the bundled sample page.</summary>
    public static InputSource Seed { get; } = new("(bundled sample page)", InputKind.Seed);

    public static InputSource Resolve(string text)
    {
        if (text == "-")
        {
            return new InputSource(text, InputKind.StandardInput);
        }

        if (text.Any(char.IsControl))
        {
            return Invalid(text, "Not a URL nor a file name (it holds control characters).");
        }

        if (File.Exists(text) || Directory.Exists(text))
        {
            return new InputSource(text, InputKind.File, Path: text);
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out Uri? uri) && !text.StartsWith('/'))
        {
            return uri.Scheme switch
            {
                "http" or "https" => new InputSource(text, InputKind.Url, Address: uri),
                "file" => new InputSource(text, InputKind.File, Path: uri.LocalPath),
                _ => Invalid(text, $"Unsupported URL scheme '{uri.Scheme}'; use http or https, a file path, or -."),
            };
        }

        if (text.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https:", StringComparison.OrdinalIgnoreCase))
        {
            return Invalid(text, "Not a valid URL.");
        }

        return LooksLikePath(text)
            ? new InputSource(text, InputKind.File, Path: text)
            : Invalid(text, "Not a URL nor an existing file.");
    }

    /// <summary>Whether a string that names nothing existing is still written like a file path, so that it is
    /// reported as a missing file (not-found) rather than as junk (invalid-input).</summary>
    private static bool LooksLikePath(string text)
    {
        if (text.Contains('/', StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal))
        {
            return true;
        }

        string extension = Path.GetExtension(text);
        return extension.Length is > 1 and <= 6
            && extension.Skip(1).All(char.IsAsciiLetterOrDigit)
            && !text.Any(char.IsWhiteSpace);
    }

    private static InputSource Invalid(string text, string problem) => new(text, InputKind.Invalid, Problem: problem);
}
