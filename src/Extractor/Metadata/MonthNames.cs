namespace Extractor.Metadata;

/// <summary>Month names and their usual abbreviations (English, German, French, Spanish, Italian, Portuguese, Dutch) as data.</summary>
internal static class MonthNames
{
    public static readonly Dictionary<string, int> Months = Build(
        ["january jan januar janvier janv enero ene janeiro gennaio gen januari jänner",
         "february feb februar février fevrier févr fevr febrero fevereiro fev febbraio februari",
         "march mar märz maerz mrz mars marzo março maart mrt",
         "april apr avril avr abril abr aprile",
         "may mai mayo maio maggio mag mei",
         "june jun juni juin junio junho giugno",
         "july jul juli juillet juil julio julho luglio lug",
         "august aug août aout agosto ago augustus",
         "september sep sept septembre septiembre setembro settembre sett set",
         "october oct oktober octobre octubre outubro ottobre okt ott out",
         "november nov novembre noviembre novembro",
         "december dec dezember décembre decembre déc diciembre dezembro dicembre dez dic"]);

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
