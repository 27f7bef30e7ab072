using AngleSharp.Dom;
using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// A block-level element as the content stage sees it: where its blocks lie in the page's block list (a
/// contiguous range, since blocks are collected in document order) and what the boilerplate vocabulary says of it.
/// </summary>
internal sealed class ContentNode(IElement element, ContentNode? parent)
{
    public IElement Element { get; } = element;

    public ContentNode? Parent { get; } = parent;

    public int Depth { get; } = parent is null ? 0 : parent.Depth + 1;

    /// <summary>Index of the first block inside.</summary>
    public int FirstBlock { get; set; }

    /// <summary>Index after the last block inside.</summary>
    public int EndBlock { get; set; }

    /// <summary>How much its blocks say "article here" (see <see cref="ContainerSelector"/>).</summary>
    public double Score { get; set; }

    /// <summary>What the vocabulary says of it.</summary>
    public BoilerplateVerdict Flag { get; set; }

    /// <summary>Inside an <c>article</c> or <c>main</c> element.</summary>
    public bool InArticle { get; set; }

    /// <summary>A small card of linked title and excerpt (see <see cref="TeaserDetector"/>).</summary>
    public bool Teaser { get; set; }

    /// <summary>It holds the page's headline or main landmark, so it is not boilerplate whatever its name.</summary>
    public bool HoldsArticle { get; set; }

    /// <summary>The nearest ancestor-or-self judged boilerplate (flagged and not holding the article).</summary>
    public ContentNode? NearestBoilerplate { get; set; }

    /// <summary>The nearest ancestor-or-self whose class names a standfirst (subtitle, deck, kicker, excerpt).</summary>
    public ContentNode? NearestStandfirst { get; set; }

    /// <summary>Whether this node is <paramref name="other"/> or inside it.</summary>
    public bool IsWithin(ContentNode other)
    {
        for (var n = this; n is not null && n.Depth >= other.Depth; n = n.Parent)
        {
            if (n == other)
            {
                return true;
            }
        }

        return false;
    }
}
