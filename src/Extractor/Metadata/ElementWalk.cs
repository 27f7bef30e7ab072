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
    public static IEnumerable<IElement> Descendants(INode scope)
    {
        var walk = new ElementWalker(scope);
        while (walk.MoveNext())
        {
            yield return walk.Current;
        }
    }
}
