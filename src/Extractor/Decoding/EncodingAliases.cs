namespace Extractor.Decoding;

/// <summary>Charset labels whose browser meaning differs from .NET's, as data (WHATWG Encoding standard).</summary>
internal static class EncodingAliases
{
    /// <summary>Labels mapped to the code page browsers use for them.</summary>
    public static readonly IReadOnlyDictionary<string, int> CodePages = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        // windows-1252: every Latin-1 and ASCII label.
        ["ansi_x3.4-1968"] = 1252, ["ascii"] = 1252, ["cp1252"] = 1252, ["cp819"] = 1252, ["csisolatin1"] = 1252,
        ["ibm819"] = 1252, ["iso-8859-1"] = 1252, ["iso-ir-100"] = 1252, ["iso8859-1"] = 1252, ["iso88591"] = 1252,
        ["iso_8859-1"] = 1252, ["iso_8859-1:1987"] = 1252, ["l1"] = 1252, ["latin1"] = 1252, ["us-ascii"] = 1252,
        ["windows-1252"] = 1252, ["x-cp1252"] = 1252, ["x-user-defined"] = 1252,

        // windows-1254: the Latin-5 labels.
        ["cp1254"] = 1254, ["csisolatin5"] = 1254, ["iso-8859-9"] = 1254, ["iso-ir-148"] = 1254, ["iso8859-9"] = 1254,
        ["iso88599"] = 1254, ["iso_8859-9"] = 1254, ["iso_8859-9:1989"] = 1254, ["l5"] = 1254, ["latin5"] = 1254,
        ["windows-1254"] = 1254, ["x-cp1254"] = 1254,

        // windows-874: the Thai labels.
        ["dos-874"] = 874, ["iso-8859-11"] = 874, ["iso8859-11"] = 874, ["iso885911"] = 874, ["tis-620"] = 874,
        ["windows-874"] = 874,

        // GBK: the simplified Chinese labels.
        ["chinese"] = 936, ["csgb2312"] = 936, ["csiso58gb231280"] = 936, ["gb2312"] = 936, ["gb_2312"] = 936,
        ["gb_2312-80"] = 936, ["gbk"] = 936, ["iso-ir-58"] = 936, ["x-gbk"] = 936,

        // EUC-KR and its aliases.
        ["cseuckr"] = 949, ["csksc56011987"] = 949, ["euc-kr"] = 949, ["iso-ir-149"] = 949, ["korean"] = 949,
        ["ks_c_5601-1987"] = 949, ["ks_c_5601-1989"] = 949, ["ksc5601"] = 949, ["ksc_5601"] = 949,
        ["windows-949"] = 949,

        // Shift_JIS and UTF-8 spellings .NET does not know.
        ["ms932"] = 932, ["ms_kanji"] = 932, ["windows-31j"] = 932, ["x-sjis"] = 932,
        ["unicode-1-1-utf-8"] = 65001, ["unicode11utf8"] = 65001, ["unicode20utf8"] = 65001, ["utf8"] = 65001,
        ["x-unicode20utf8"] = 65001,
    };

    /// <summary>Labels browsers refuse (decoded as "replacement" or not supported at all): treated as unknown.</summary>
    public static readonly IReadOnlySet<string> Unsupported = new HashSet<string>(StringComparer.Ordinal)
    {
        "utf-7", "csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement",
    };
}
