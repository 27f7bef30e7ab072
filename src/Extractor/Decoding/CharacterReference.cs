using System.Collections.Frozen;
using System.Globalization;

namespace Extractor.Decoding;

/// <summary>
/// Reads one HTML character reference (<c>&amp;name;</c>, <c>&amp;#226;</c>, <c>&amp;#xE2;</c>) as the parser will
/// resolve it, for the characters mojibake is made of: those of Latin-1 and windows-1252. Other names are not read.
/// </summary>
internal static class CharacterReference
{
    /// <summary>The longest reference read, from the ampersand to the semicolon (<c>&amp;#x2122;</c>, <c>&amp;frac14;</c>).</summary>
    private const int MaxLength = 10;

    /// <summary>The names of U+00A0 to U+00FF, in order, and of the windows-1252 characters in 0x80 to 0x9F. Data.</summary>
    private const string Latin1Names =
        "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro "
        + "para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil "
        + "Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave "
        + "Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml "
        + "igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute "
        + "thorn yuml";

    private static readonly (string Name, char Char)[] Windows1252Names =
    [
        ("euro", '\u20AC'), ("sbquo", '\u201A'), ("fnof", '\u0192'), ("bdquo", '\u201E'), ("hellip", '\u2026'), ("dagger", '\u2020'),
        ("Dagger", '\u2021'), ("circ", '\u02C6'), ("permil", '\u2030'), ("Scaron", '\u0160'), ("lsaquo", '\u2039'), ("OElig", '\u0152'),
        ("Zcaron", '\u017D'), ("lsquo", '\u2018'), ("rsquo", '\u2019'), ("ldquo", '\u201C'), ("rdquo", '\u201D'), ("bull", '\u2022'),
        ("ndash", '\u2013'), ("mdash", '\u2014'), ("tilde", '\u02DC'), ("trade", '\u2122'), ("scaron", '\u0161'), ("rsaquo", '\u203A'),
        ("oelig", '\u0153'), ("zcaron", '\u017E'), ("Yuml", '\u0178'),
    ];

    private static readonly FrozenDictionary<string, char>.AlternateLookup<ReadOnlySpan<char>> Names = Latin1Names.Split(' ')
        .Select((name, i) => (Name: name, Char: (char)(0xA0 + i)))
        .Concat(Windows1252Names)
        .ToFrozenDictionary(entry => entry.Name, entry => entry.Char, StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads the reference that starts at <paramref name="start"/> (an ampersand).</summary>
    /// <returns>Whether one was read, with its character and its length in <paramref name="text"/>.</returns>
    public static bool TryRead(string text, int start, out char value, out int length)
    {
        value = '\0';
        length = 0;
        var window = text.AsSpan(start + 1, Math.Min(MaxLength - 1, text.Length - start - 1));
        int end = window.IndexOf(';');
        if (end < 2)
        {
            return false;
        }

        var body = window[..end];
        if (body[0] != '#')
        {
            if (!Names.TryGetValue(body, out value))
            {
                return false;
            }
        }
        else if (body.Length > 2 && (body[1] | 0x20) == 'x'
            ? int.TryParse(body[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code) && code <= char.MaxValue
            : int.TryParse(body[1..], NumberStyles.None, CultureInfo.InvariantCulture, out code) && code <= char.MaxValue)
        {
            // 128 to 159 are read as the windows-1252 character of that byte, as the parser reads them; the byte is what counts.
            value = (char)code;
        }
        else
        {
            return false;
        }

        length = end + 2;
        return true;
    }
}
