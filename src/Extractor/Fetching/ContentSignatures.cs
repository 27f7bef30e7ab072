namespace Extractor.Fetching;

/// <summary>The byte patterns content sniffing looks for, as data (after the WHATWG MIME Sniffing standard).</summary>
internal static class ContentSignatures
{
    /// <summary>Media types accepted as HTML without sniffing for HTML (binary content is still refused).</summary>
    public static readonly IReadOnlySet<string> HtmlMediaTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "text/html", "application/xhtml+xml",
    };

    /// <summary>Tags that, first in the document (after whitespace), mark it as HTML when followed by a space or '&gt;'.</summary>
    public static readonly byte[][] LeadingHtmlTags =
    [
        "<!doctype html"u8.ToArray(), "<html"u8.ToArray(), "<head"u8.ToArray(), "<script"u8.ToArray(),
        "<iframe"u8.ToArray(), "<h1"u8.ToArray(), "<div"u8.ToArray(), "<font"u8.ToArray(), "<table"u8.ToArray(),
        "<a"u8.ToArray(), "<style"u8.ToArray(), "<title"u8.ToArray(), "<b"u8.ToArray(), "<body"u8.ToArray(),
        "<br"u8.ToArray(), "<p"u8.ToArray(), "<meta"u8.ToArray(), "<link"u8.ToArray(),
    ];

    /// <summary>Markers that anywhere in the sniffed bytes mark a document as HTML (after an XML prolog or comments).</summary>
    public static readonly byte[][] HtmlMarkers =
    [
        "<!doctype html"u8.ToArray(), "<html"u8.ToArray(), "<head>"u8.ToArray(), "<body"u8.ToArray(),
    ];

    /// <summary>Leading bytes of common binary formats whose first kilobyte may look like text.</summary>
    public static readonly byte[][] BinaryPrefixes =
    [
        "%PDF-"u8.ToArray(), "%!PS-Adobe-"u8.ToArray(), "{\\rtf"u8.ToArray(), "GIF87a"u8.ToArray(), "GIF89a"u8.ToArray(),
        [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], [0x1F, 0x8B], "PK\u0003\u0004"u8.ToArray(), "RIFF"u8.ToArray(),
        "OggS"u8.ToArray(), "ID3"u8.ToArray(), "fLaC"u8.ToArray(), "wOFF"u8.ToArray(), "wOF2"u8.ToArray(),
        [0x1A, 0x45, 0xDF, 0xA3], [0x28, 0xB5, 0x2F, 0xFD], "7z"u8.ToArray(),
    ];

    /// <summary>Whether a byte never occurs in text (the standard's "binary data byte").</summary>
    public static bool IsBinaryByte(byte b) => b <= 0x08 || b == 0x0B || (b >= 0x0E && b <= 0x1A) || (b >= 0x1C && b <= 0x1F);
}
