using System.Collections.Frozen;

namespace Extractor.Parsing;

/// <summary>
/// The tag names the HTML tree builder treats specially (WHATWG HTML, "tree construction"), as data for the
/// hostile-input guard. A name not listed here is an ordinary element.
/// </summary>
internal static class TagVocabulary
{
    private const TagFlags Block = TagFlags.ClosesParagraph | TagFlags.Special;

    private static readonly (string Names, TagFlags Flags)[] Groups =
    [
        ("area base basefont bgsound col embed frame image img input keygen link meta param source track wbr", TagFlags.Void | TagFlags.Special),
        ("br", TagFlags.Void | TagFlags.Special),
        ("hr", TagFlags.Void | Block),
        ("script style xmp iframe noembed noframes textarea title plaintext", TagFlags.RawText | TagFlags.Special),
        ("a nobr", TagFlags.Formatting),
        ("b big code em font i s small strike strong tt u", TagFlags.Formatting),
        ("address article aside center details dialog dir fieldset figcaption figure footer header hgroup main menu nav search section summary form listing", Block),
        ("blockquote div dl ol p pre ul", Block),
        ("h1 h2 h3 h4 h5 h6", Block | TagFlags.Heading),
        ("li dd dt", Block | TagFlags.ImpliedEnd),
        ("option optgroup", TagFlags.ImpliedEnd),
        ("table", Block | TagFlags.ScopeBoundary),
        ("td th caption", TagFlags.Special | TagFlags.ScopeBoundary | TagFlags.Marker | TagFlags.TablePart),
        ("tbody thead tfoot tr colgroup", TagFlags.Special | TagFlags.TablePart),
        ("applet marquee object", TagFlags.Special | TagFlags.ScopeBoundary | TagFlags.Marker),
        ("template", TagFlags.Special | TagFlags.ScopeBoundary | TagFlags.Marker),
        ("button select noscript", TagFlags.Special),
        ("html head body", TagFlags.Special | TagFlags.Ignored),
        ("frameset", TagFlags.Special),
        ("b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strike strong sub sup table tt u ul var", TagFlags.BreaksOutOfForeign),
    ];

    /// <summary>The flags of every listed tag name (lower case).</summary>
    public static readonly FrozenDictionary<string, TagFlags> Flags = Build();

    /// <summary>Finds the one string instance of a listed lower-case name, with its flags, without allocating.</summary>
    public static readonly FrozenDictionary<string, (string Name, TagFlags Flags)>.AlternateLookup<ReadOnlySpan<char>> Names =
        Flags.ToFrozenDictionary(pair => pair.Key, pair => (pair.Key, pair.Value), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>SVG elements whose content is parsed as HTML again (HTML integration points).</summary>
    public static readonly FrozenSet<string> SvgIntegrationPoints =
        FrozenSet.ToFrozenSet(["foreignobject", "desc", "title"], StringComparer.Ordinal);

    /// <summary>MathML elements whose content is parsed as HTML again (text integration points; <c>annotation-xml</c> only
    /// with an HTML encoding).</summary>
    public static readonly FrozenSet<string> MathIntegrationPoints =
        FrozenSet.ToFrozenSet(["mi", "mo", "mn", "ms", "mtext"], StringComparer.Ordinal);

    private static FrozenDictionary<string, TagFlags> Build()
    {
        var flags = new Dictionary<string, TagFlags>(StringComparer.Ordinal);
        foreach (var (names, groupFlags) in Groups)
        {
            foreach (string name in names.Split(' '))
            {
                flags[name] = flags.GetValueOrDefault(name) | groupFlags;
            }
        }

        return flags.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
