using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// Turns the vocabulary's flags into verdicts: a flagged element is boilerplate unless it holds the page's
/// headline or main landmark, or, when only its class, id or hidden state flag it, most of the page's text weight
/// (then its name describes the layout around the article, as "col-9 sidebar-first", not boilerplate). Verdicts pass down: a node's nearest boilerplate ancestor.
/// </summary>
internal static class BoilerplateResolver
{
    /// <summary>A flagged element holding at least this share of the page's positive text weight is not boilerplate.</summary>
    public const double ArticleShare = 0.5;

    /// <summary>A hidden element holding at least this share of the page's positive text weight is the article.</summary>
    public const double HiddenArticleShare = 0.7;

    public static void Resolve(List<TextBlock> blocks, List<ContentNode> nodes)
    {
        var positive = new double[blocks.Count + 1];
        for (int i = 0; i < blocks.Count; i++)
        {
            positive[i + 1] = positive[i] + Math.Max(0, blocks[i].Weight);
        }

        double total = positive[blocks.Count];
        foreach (var node in nodes)
        {
            bool boilerplate = node.Flag switch
            {
                BoilerplateVerdict.Hard => !node.HoldsArticle,
                BoilerplateVerdict.Soft => !node.HoldsArticle && (total <= 0 || positive[node.EndBlock] - positive[node.FirstBlock] < ArticleShare * total),
                BoilerplateVerdict.Hidden => !node.HoldsArticle && (total <= 0 || positive[node.EndBlock] - positive[node.FirstBlock] < HiddenArticleShare * total),
                _ => false,
            };
            node.NearestBoilerplate = boilerplate ? node : node.Parent?.NearestBoilerplate;
        }
    }
}
