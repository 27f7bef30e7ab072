using AngleSharp.Dom;
using AngleSharp.Text;

namespace Extractor.Parsing;

/// <summary>
/// Watches the parser as it creates elements (AngleSharp's <c>OnCreated</c>): honours cancellation inside the parse,
/// and stops it with <see cref="ExtractionErrorKind.TooComplex"/> as soon as the tree gets deeper than a hard limit.
/// The guard's estimate keeps ordinary and known-hostile markup within the depth limit before parsing; markup
/// crafted around the parser's own quirks could still nest deeper than estimated, and parsing time grows with the
/// square of the depth, so the watch ends such a parse early. Each check looks at most <c>hardDepth</c> parents up.
/// </summary>
internal sealed class ParseWatch(int hardDepth, CancellationToken cancellationToken)
{
    private const int CancellationCheckInterval = 1024;

    private IElement? previous;
    private int created;

    /// <summary>The callback to give the parser; it sees each element before it is inserted.</summary>
    public void OnCreated(IElement element, TextPosition position)
    {
        if (++created % CancellationCheckInterval == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        // The element just created is not in the tree yet; the one before it is.
        if (previous is not null && IsDeeperThan(previous, hardDepth))
        {
            throw new ExtractionException(
                ExtractionErrorKind.TooComplex,
                $"The document nests elements deeper than {hardDepth} levels where they could not be flattened.");
        }

        previous = element;
    }

    private static bool IsDeeperThan(IElement element, int depth)
    {
        int levels = 0;
        for (IElement? node = element; node is not null; node = node.ParentElement)
        {
            if (++levels > depth)
            {
                return true;
            }
        }

        return false;
    }
}
