namespace Extractor.Metadata;

/// <summary>The date formats tried after ISO 8601, as data (invariant culture; English month names).</summary>
internal static class DateFormats
{
    public static readonly string[] Exact =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss zzz", "yyyy-MM-dd HH:mm:sszzz", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd",
        "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm", "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd", "yyyyMMdd'T'HHmmss",
        "MMMM d, yyyy h:mm tt", "MMMM d, yyyy h:mmtt", "MMMM d, yyyy 'at' h:mm tt", "MMMM d, yyyy", "MMMM dd, yyyy",
        "MMM d, yyyy h:mm tt", "MMM d, yyyy 'at' h:mm tt", "MMM d, yyyy", "MMM. d, yyyy", "MMM dd, yyyy",
        "d MMMM yyyy HH:mm", "d MMMM yyyy", "dd MMMM yyyy", "d MMM yyyy HH:mm", "d MMM yyyy", "dd MMM yyyy",
        "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, dd MMM yyyy HH:mm:ss",
        "dddd, MMMM d, yyyy", "dddd, d MMMM yyyy", "MMMM yyyy",
        "dd.MM.yyyy HH:mm", "dd.MM.yyyy", "d.M.yyyy",
    ];

    /// <summary>Words that can stand before a date in page text and are dropped ("Published", "Updated on").</summary>
    public static readonly string[] LeadingWords =
    [
        "published on", "published:", "published", "posted on", "posted:", "posted", "updated on", "updated:", "updated",
        "last updated", "on", "date:",
    ];

    /// <summary>Words that, just before a date, say it is the date of an update rather than of publication.</summary>
    public static readonly string[] UpdateLabels =
    [
        "updated", "modified", "revised", "aktualisiert", "geändert", "actualizado", "mis à jour", "modifié", "atualizado",
        "aggiornato", "bijgewerkt",
    ];
}
