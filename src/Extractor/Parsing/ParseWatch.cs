using AngleSharp.Dom;
using AngleSharp.Text;

namespace Extractor.Parsing;

/// <summary>
/// Watches the parser as it creates elements (AngleSharp's <c>OnCreated</c>): honours cancellation inside the parse,
/// and stops it as soon as the tree gets deeper than its depth limit or holds more elements than its element limit.
/// Each check looks at most <c>depth</c> parents up.
/// <list type="bullet">
/// <item>A <see cref="Hard"/> watch fails with <see cref="ExtractionErrorKind.TooComplex"/>. It runs behind the guard,
/// whose estimate keeps ordinary and known-hostile markup within the depth limit before parsing; markup crafted
/// around the parser's own quirks could still nest deeper than estimated, and parsing time grows with the square of
/// the depth, so the watch ends such a parse early.</item>
/// <item>A <see cref="Soft"/> watch runs on the unguarded input and only stops the parse
/// (<see cref="OperationCanceledException"/> with <see cref="Outgrown"/> set), so that the loader can parse again
/// behind the guard.</item>
/// </list>
/// </summary>
internal sealed class ParseWatch
{
    private const int CancellationCheckInterval = 1024;

    private readonly int depth;
    private readonly long elements;
    private readonly bool hard;
    private readonly CancellationToken cancellationToken;
    private IElement? previous;
    private IElement? lastChecked;
    private int lastDepth;
    private long created;

    private ParseWatch(int depth, long elements, bool hard, CancellationToken cancellationToken)
    {
        this.depth = depth;
        this.elements = elements;
        this.hard = hard;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>Whether a soft watch stopped the parse because the document outgrew its limits.</summary>
    public bool Outgrown { get; private set; }

    /// <summary>A watch that fails the parse past <paramref name="depth"/> levels.</summary>
    public static ParseWatch Hard(int depth, CancellationToken cancellationToken) =>
        new(depth, long.MaxValue, hard: true, cancellationToken);

    /// <summary>A watch that stops the parse, marking it <see cref="Outgrown"/>, past <paramref name="depth"/> levels
    /// or <paramref name="elements"/> elements.</summary>
    public static ParseWatch Soft(int depth, long elements, CancellationToken cancellationToken) =>
        new(depth, elements, hard: false, cancellationToken);

    /// <summary>The callback to give the parser; it sees each element before it is inserted.</summary>
    public void OnCreated(IElement element, TextPosition position)
    {
        if (++created % CancellationCheckInterval == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        // The element just created is not in the tree yet; the one before it is.
        if (created > elements || (previous is not null && IsDeeperThan(previous, depth)))
        {
            if (hard)
            {
                throw new ExtractionException(
                    ExtractionErrorKind.TooComplex,
                    $"The document nests elements deeper than {depth} levels where they could not be flattened.");
            }

            Outgrown = true;
            throw new OperationCanceledException("The document outgrew the limits of an unguarded parse.");
        }

        previous = element;
    }

    private bool IsDeeperThan(IElement element, int depth)
    {
        // Most elements are created as the child or the next sibling of the one before: one step from its depth.
        IElement? parent = element.ParentElement;
        int levels;
        if (lastChecked is not null && parent is not null && parent == lastChecked)
        {
            levels = lastDepth + 1;
        }
        else if (lastChecked is not null && parent is not null && parent == lastChecked.ParentElement)
        {
            levels = lastDepth;
        }
        else
        {
            levels = 0;
            for (IElement? node = element; node is not null; node = node.ParentElement)
            {
                if (++levels > depth)
                {
                    return true;
                }
            }
        }

        (lastChecked, lastDepth) = (element, levels);
        return levels > depth;
    }
}
