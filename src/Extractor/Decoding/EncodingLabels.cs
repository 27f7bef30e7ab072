using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Extractor.Decoding;

/// <summary>
/// Maps charset labels to encodings as browsers do (the WHATWG Encoding standard), where that differs from .NET:
/// the Latin-1 and ASCII labels mean windows-1252, Latin-5 means windows-1254, and so on. Labels that browsers do not
/// support (UTF-7, the ISO-2022 "replacement" family) are treated as unknown. Legacy code pages are registered once.
/// </summary>
internal static class EncodingLabels
{
    static EncodingLabels()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        Windows1252 = Encoding.GetEncoding(1252);
    }

    /// <summary>windows-1252, the fallback for bytes that are not UTF-8.</summary>
    public static Encoding Windows1252 { get; }

    /// <summary>Resolves a label; <paramref name="fromMeta"/> applies the rule that a UTF-16 label in a
    /// <c>&lt;meta&gt;</c> means UTF-8 (the bytes were readable as ASCII, so they are not UTF-16).</summary>
    public static bool TryResolve(string? label, bool fromMeta, [NotNullWhen(true)] out Encoding? encoding)
    {
        encoding = null;
        string name = Normalize(label);
        if (name.Length == 0 || EncodingAliases.Unsupported.Contains(name))
        {
            return false;
        }

        if (EncodingAliases.CodePages.TryGetValue(name, out int codePage))
        {
            encoding = Encoding.GetEncoding(codePage);
        }
        else
        {
            try
            {
                encoding = Encoding.GetEncoding(name);
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        if (encoding.CodePage == 65000)
        {
            encoding = null;
            return false;
        }

        if (fromMeta && encoding.CodePage is 1200 or 1201 or 12000 or 12001)
        {
            encoding = Encoding.UTF8;
        }

        return true;
    }

    private static string Normalize(string? label) =>
        label is null ? string.Empty : label.Trim().Trim('"', '\'').Trim().ToLowerInvariant();
}
