namespace Extractor.Cleaning;

/// <summary>
/// The <see cref="ClassTokenMatcher"/> verdicts on the class values of one page, kept for the length of one walk:
/// a page repeats its class values many times ("item", "menu-item"), and each distinct value is split and looked up
/// once per layout setting.
/// </summary>
internal sealed class ClassVerdicts
{
    private const byte Standfirst = 1;
    private const byte LayoutKnown = 2;
    private const byte LayoutBoilerplate = 4;
    private const byte PlainKnown = 8;
    private const byte PlainBoilerplate = 16;

    /// <summary>Pages hold a hundred or more distinct class values: the map starts at that size rather than growing
    /// to it through five copies.</summary>
    private readonly Dictionary<string, byte> known = new(128);

    /// <summary>As <see cref="ClassTokenMatcher.IsBoilerplate(string?, bool, out bool)"/>.</summary>
    public bool IsBoilerplate(string? value, bool layout, out bool standfirst)
    {
        if (string.IsNullOrEmpty(value))
        {
            standfirst = false;
            return false;
        }

        byte knownBit = layout ? LayoutKnown : PlainKnown;
        byte resultBit = layout ? LayoutBoilerplate : PlainBoilerplate;
        known.TryGetValue(value, out byte bits);
        if ((bits & knownBit) == 0)
        {
            // Whether a value names a standfirst does not depend on the layout setting.
            bool boilerplate = ClassTokenMatcher.IsBoilerplate(value, layout, out bool named);
            bits |= (byte)(knownBit | (boilerplate ? resultBit : 0) | (named ? Standfirst : 0));
            known[value] = bits;
        }

        standfirst = (bits & Standfirst) != 0;
        return (bits & resultBit) != 0;
    }

    /// <summary>As <see cref="ClassTokenMatcher.IsStandfirst(string?)"/>.</summary>
    public bool IsStandfirst(string? value)
    {
        IsBoilerplate(value, layout: true, out bool standfirst);
        return standfirst;
    }
}
