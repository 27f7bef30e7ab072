namespace Extractor.Metadata;

/// <summary>Month names and abbreviations (English, German, French, Spanish, Italian, Portuguese, Dutch) as data.</summary>
internal static class MonthNames
{
    public static readonly Dictionary<string, int> Months = Build(
        ["january jan januar janvier enero janeiro gennaio januari jänner",
         "february feb februar février fevrier febrero fevereiro febbraio februari",
         "march mar märz maerz mars marzo março maart mrt",
         "april apr avril abril aprile",
         "may mai mayo maio maggio mei",
         "june jun juni juin junio junho giugno",
         "july jul juli juillet julio julho luglio",
         "august aug août aout agosto augustus",
         "september sep sept septembre septiembre setembro settembre set",
         "october oct oktober octobre octubre outubro ottobre okt ott out",
         "november nov novembre noviembre novembro",
         "december dec dezember décembre decembre diciembre dezembro dicembre dez dic"]);

    private static Dictionary<string, int> Build(string[] rows)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < rows.Length; i++)
        {
            foreach (string name in rows[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map.TryAdd(name, i + 1);
            }
        }

        return map;
    }
}
