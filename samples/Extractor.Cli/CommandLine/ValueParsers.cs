using System.CommandLine.Parsing;
using System.Globalization;

namespace Extractor.Cli.CommandLine;

/// <summary>Option value parsers that report a bad value as a one-line usage error instead of throwing.</summary>
internal static class ValueParsers
{
    public static OutputFormat? Format(ArgumentResult result)
    {
        string text = Single(result);
        if (text.ToLowerInvariant() is "json" or "markdown" or "text" or "html")
        {
            return Enum.Parse<OutputFormat>(text, ignoreCase: true);
        }

        result.AddError($"Unknown format '{text}'; use json, markdown, text or html.");
        return null;
    }

    public static int Integer(ArgumentResult result, int min, int max)
    {
        string text = Single(result);
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"{OptionName(result)} must be a whole number from {min} to {max}; it is '{text}'.");
        return min;
    }

    public static double Seconds(ArgumentResult result)
    {
        string text = Single(result);
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            && value > 0 && value <= 24 * 3600 * 365)
        {
            return value;
        }

        result.AddError($"{OptionName(result)} must be a positive number of seconds; it is '{text}'.");
        return 1;
    }

    public static long Size(ArgumentResult result)
    {
        string text = Single(result);
        if (SizeParser.TryParse(text, out long bytes) && bytes >= 1024)
        {
            return bytes;
        }

        result.AddError($"{OptionName(result)} must be a byte count of at least 1024 (e.g. 1048576, 512K, 16M); it is '{text}'.");
        return 1024;
    }

    public static string NonEmpty(ArgumentResult result)
    {
        string text = Single(result);
        if (string.IsNullOrWhiteSpace(text))
        {
            result.AddError($"{OptionName(result)} must not be empty.");
        }

        return text;
    }

    private static string Single(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;

    private static string OptionName(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : "The value";
}
