namespace Extractor.Cleaning;

/// <summary>
/// Merges vocabularies kept apart as data (one set of names per meaning) into one map from each name to the flags of
/// every set it is in, so that a hot path looks a name up once instead of once per set.
/// </summary>
internal static class NameFlags
{
    public static Dictionary<string, TFlags> Merge<TFlags>(params ReadOnlySpan<(IEnumerable<string> Names, TFlags Flag)> sets)
        where TFlags : struct, Enum
    {
        var merged = new Dictionary<string, TFlags>(StringComparer.Ordinal);
        foreach (var (names, flag) in sets)
        {
            foreach (string name in names)
            {
                merged[name] = merged.TryGetValue(name, out TFlags had) ? Or(had, flag) : flag;
            }
        }

        return merged;
    }

    /// <summary>Both flags (built once at start-up, so the boxing of the general enum does not matter).</summary>
    private static TFlags Or<TFlags>(TFlags a, TFlags b)
        where TFlags : struct, Enum =>
        (TFlags)Enum.ToObject(typeof(TFlags), Convert.ToUInt64(a, System.Globalization.CultureInfo.InvariantCulture) | Convert.ToUInt64(b, System.Globalization.CultureInfo.InvariantCulture));
}
