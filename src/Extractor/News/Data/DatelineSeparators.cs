namespace Extractor.News;

/// <summary>
/// What ends a dateline before the story begins: dashes of every width and a colon. Longer forms first so that
/// <c>--</c> wins over <c>-</c>.
/// </summary>
internal static class DatelineSeparators
{
    public static readonly string[] Dashes = ["--", "—", "–", "―", "‒", "-", "‑"];

    public static readonly string Colon = ":";

    /// <summary>Dashes that may touch the words on both sides (<c>WASHINGTON—The</c>), as some papers set them.</summary>
    public static readonly string[] Unspaced = ["—", "–", "―", "--"];
}
