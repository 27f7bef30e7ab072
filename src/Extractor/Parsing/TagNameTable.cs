namespace Extractor.Parsing;

/// <summary>
/// Lower-cases tag names and hands back one string per name, allocating only for names not met before. Its size is
/// bounded: past <see cref="Capacity"/> distinct names, unknown names share one placeholder, so that a flood of
/// invented names costs neither memory nor time.
/// </summary>
internal sealed class TagNameTable
{
    /// <summary>The most distinct unknown names remembered.</summary>
    public const int Capacity = 4096;

    /// <summary>The name every unknown name maps to once the table is full.</summary>
    public const string Overflow = "#other";

    private const int MaxNameLength = 64;

    private readonly Dictionary<string, string> unknown = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> unknownBySpan;

    public TagNameTable() => unknownBySpan = unknown.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lower-case name's one string, and its <see cref="TagVocabulary"/> flags (none for unlisted names).</summary>
    public string Intern(ReadOnlySpan<char> name, out TagFlags flags)
    {
        flags = TagFlags.None;
        if (name.Length > MaxNameLength)
        {
            return Overflow;
        }

        Span<char> lower = stackalloc char[name.Length];
        name.ToLowerInvariant(lower);
        if (TagVocabulary.Names.TryGetValue(lower, out var known))
        {
            flags = known.Flags;
            return known.Name;
        }

        if (unknownBySpan.TryGetValue(lower, out string? seen))
        {
            return seen;
        }

        if (unknown.Count >= Capacity)
        {
            return Overflow;
        }

        string added = new(lower);
        unknown.Add(added, added);
        return added;
    }
}
