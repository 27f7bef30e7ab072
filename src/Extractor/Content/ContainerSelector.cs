namespace Extractor.Content;

/// <summary>
/// Picks the element holding the article: the block-level element whose blocks weigh most in sum. A body split by
/// ads, newsletter boxes or embeds is chosen whole, because its parts add up and the interruptions weigh little;
/// an element that adds only neutral blocks to its child loses the tie to the child. One region inside an element
/// (a long list of links, a menu, a comment thread) weighs against it at most <see cref="MaxRegionPenalty"/>: the
/// filter drops it wherever it stands, and its size beyond that says nothing about where the article is.
/// </summary>
internal static class ContainerSelector
{
    /// <summary>The most a child element's negative weight counts against its parent.</summary>
    public const double MaxRegionPenalty = 3000;

    public static ContentNode? Select(List<TextBlock> blocks, List<ContentNode> nodes)
    {
        var prefix = new double[blocks.Count + 1];
        for (int i = 0; i < blocks.Count; i++)
        {
            prefix[i + 1] = prefix[i] + blocks[i].Weight;
        }

        foreach (var node in nodes)
        {
            node.Score = prefix[node.EndBlock] - prefix[node.FirstBlock];
        }

        // Nodes are in pre-order: backwards, every node's score is final before its parent's is adjusted by it.
        for (int i = nodes.Count - 1; i > 0; i--)
        {
            var node = nodes[i];
            if (node.Parent is { } parent)
            {
                parent.Score += Math.Max(node.Score, -MaxRegionPenalty) - (prefix[node.EndBlock] - prefix[node.FirstBlock]);
            }
        }

        ContentNode? best = null;
        double bestScore = 0;
        foreach (var node in nodes)
        {
            double score = node.Score;
            if (score > 0 && (best is null || score >= bestScore))
            {
                if (best is not null && score == bestScore && !node.IsWithin(best))
                {
                    continue;
                }

                best = node;
                bestScore = score;
            }
        }

        return best;
    }
}
