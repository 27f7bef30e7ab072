using AngleSharp.Dom;

namespace Extractor.Content;

/// <summary>
/// A code block's own controls: documentation generators set a "Run" or "Edit" link inside the <c>&lt;pre&gt;</c>,
/// right before its <c>&lt;code&gt;</c> (<c>&lt;pre&gt;&lt;a class="run" href="…"&gt;Run&lt;/a&gt;&lt;code&gt;</c>). Its word is
/// no line of the code, and read as text it glues to the code's first token ("Runfn"). A link inside the code element
/// (a linked type name) is part of the code and stays.
/// </summary>
internal static class CodeControls
{
    /// <summary>The longest text a control link has: a word or two ("Run", "Edit code").</summary>
    private const int MaxLength = 16;

    public static bool IsControl(IElement link) =>
        link.ParentElement is { LocalName: "pre" }
        && link.NextElementSibling is { LocalName: "code" }
        && link.TextContent.AsSpan().Trim() is { Length: > 0 and <= MaxLength } text
        && text.Count(' ') <= 1;
}
