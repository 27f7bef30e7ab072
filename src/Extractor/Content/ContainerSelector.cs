namespace Extractor.Content;

/// <summary>
/// Picks the element holding the article: the block-level element whose blocks weigh most in sum. A body split by
/// ads, newsletter boxes or embeds is chosen whole, because its parts add up and the interruptions weigh little;
/// an element that adds only neutral blocks to its child loses the tie to the child.
/// </summary>
internal static class ContainerSelector
{
    public static ContentNode? Select(List<TextBlock> blocks, List<ContentNode> nodes)
    {
        var prefix = new double[blocks.Count + 1];
        for (int i = 0; i < blocks.Count; i++)
        {
            prefix[i + 1] = prefix[i] + blocks[i].Weight;
        }

        ContentNode? best = null;
        double bestScore = 0;
        foreach (var node in nodes)
        {
            double score = prefix[node.EndBlock] - prefix[node.FirstBlock];
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
