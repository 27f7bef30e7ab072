namespace Extractor.Metadata;

/// <summary>
/// Each language's most likely region (the CLDR likely-subtags idea, as data): a tag naming that region says no more
/// than the bare language, so <c>en-US</c> is written <c>en</c>, while <c>pt-BR</c> and <c>en-GB</c> keep their region.
/// </summary>
internal static class LanguageRegions
{
    public static readonly Dictionary<string, string> Likely = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "US", ["de"] = "DE", ["fr"] = "FR", ["es"] = "ES", ["it"] = "IT", ["pt"] = "PT", ["nl"] = "NL",
        ["ja"] = "JP", ["ko"] = "KR", ["zh"] = "CN", ["ru"] = "RU", ["pl"] = "PL", ["sv"] = "SE", ["da"] = "DK",
        ["nb"] = "NO", ["nn"] = "NO", ["no"] = "NO", ["fi"] = "FI", ["cs"] = "CZ", ["sk"] = "SK", ["hu"] = "HU",
        ["ro"] = "RO", ["bg"] = "BG", ["el"] = "GR", ["tr"] = "TR", ["uk"] = "UA", ["he"] = "IL", ["ar"] = "EG",
        ["fa"] = "IR", ["hi"] = "IN", ["id"] = "ID", ["ms"] = "MY", ["th"] = "TH", ["vi"] = "VN", ["hr"] = "HR",
        ["sl"] = "SI", ["sr"] = "RS", ["lt"] = "LT", ["lv"] = "LV", ["et"] = "EE", ["ca"] = "ES", ["bn"] = "BD",
        ["ur"] = "PK", ["ta"] = "IN", ["sw"] = "TZ", ["af"] = "ZA", ["is"] = "IS", ["ga"] = "IE", ["eu"] = "ES",
    };
}
