using Extractor.Cleaning;

namespace Extractor.Content;

/// <summary>
/// Turns the vocabulary's flags into verdicts: a flagged element is boilerplate unless it holds the page's
/// headline or main landmark, or, when only its class, id or hidden state flag it, most of the page's text weight
/// (then its name describes the layout around the article, as "col-9 sidebar-first", not boilerplate). Sections
/// of one body that each carry the same flagged class ("content-nav-section") weigh together. Verdicts pass down:
/// a node's nearest boilerplate ancestor.
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
        var classes = SoftClassWeights(blocks, nodes, positive);
        foreach (var node in nodes)
        {
            bool boilerplate = node.Flag switch
            {
                BoilerplateVerdict.Hard => !node.HoldsArticle,
                BoilerplateVerdict.Soft => !node.HoldsArticle && (total <= 0 || SoftWeight(node, positive, classes) < ArticleShare * total),
                BoilerplateVerdict.Hidden => !node.HoldsArticle && (total <= 0 || positive[node.EndBlock] - positive[node.FirstBlock] < HiddenArticleShare * total),
                _ => false,
            };
            node.NearestBoilerplate = boilerplate ? node : node.Parent?.NearestBoilerplate;
        }
    }

    /// <summary>The weight a softly flagged element answers for: its own, or its class's when it shares the class with others.</summary>
    private static double SoftWeight(ContentNode node, double[] positive, Dictionary<string, ClassWeight>? classes)
    {
        double own = positive[node.EndBlock] - positive[node.FirstBlock];
        return classes is not null && node.Element.GetAttribute("class") is { Length: > 0 } name
            && classes.TryGetValue(name, out var group) && group.Sections >= MinSections
            ? Math.Max(own, group.Weight)
            : own;
    }

    /// <summary>Softly flagged elements of one class weigh together when at least this many of them open with a
    /// heading: they are the sections of one text, not a run of notices or disclaimers.</summary>
    public const int MinSections = 2;

    /// <summary>The summed weight of the softly flagged elements of each class attribute (nested ones counted once),
    /// and how many of them hold a heading.</summary>
    private static Dictionary<string, ClassWeight>? SoftClassWeights(List<TextBlock> blocks, List<ContentNode> nodes, double[] positive)
    {
        Dictionary<string, ClassWeight>? classes = null;
        foreach (var node in nodes)
        {
            if (node.Flag != BoilerplateVerdict.Soft || node.Element.GetAttribute("class") is not { Length: > 0 } name)
            {
                continue;
            }

            classes ??= new Dictionary<string, ClassWeight>(StringComparer.Ordinal);
            classes.TryGetValue(name, out var group);
            if (node.FirstBlock < group.End)
            {
                continue;
            }

            int sections = group.Sections + (HoldsHeading(blocks, node) ? 1 : 0);
            classes[name] = new ClassWeight(group.Weight + positive[node.EndBlock] - positive[node.FirstBlock], sections, node.EndBlock);
        }

        return classes;
    }

    private static bool HoldsHeading(List<TextBlock> blocks, ContentNode node)
    {
        for (int i = node.FirstBlock; i < node.EndBlock; i++)
        {
            if (blocks[i].Kind == BlockKind.Heading)
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct ClassWeight(double Weight, int Sections, int End);
}
