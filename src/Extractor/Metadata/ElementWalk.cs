using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// The elements below a scope in document order, produced one at a time: unlike <c>QuerySelectorAll</c>, which
/// collects every match before the first is read, a reader that stops early (a byline found, a scan limit
/// reached) pays only for what it read. Like <c>QuerySelectorAll</c>, template contents are not entered. The walk
/// itself is <see cref="ElementWalker"/>'s.
/// </summary>
internal static class ElementWalk
{
    /// <summary>The first element below <paramref name="scope"/> named one of <paramref name="names"/> (ignoring case, as
    /// a type selector compares), as <c>QuerySelector("name1,name2")</c> finds it, without parsing a selector.</summary>
    public static IElement? First(INode scope, params ReadOnlySpan<string> names)
    {
        var walk = new ElementWalker(scope);
        while (walk.MoveNext())
        {
            foreach (string name in names)
            {
                if (string.Equals(walk.Current.LocalName, name, StringComparison.OrdinalIgnoreCase))
                {
                    return walk.Current;
                }
            }
        }

        return null;
    }

    public static IEnumerable<IElement> Descendants(INode scope)
    {
        var walk = new ElementWalker(scope);
        while (walk.MoveNext())
        {
            yield return walk.Current;
        }
    }
}
