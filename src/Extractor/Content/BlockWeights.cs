namespace Extractor.Content;

/// <summary>
/// How much each block says "article here": its text length less twice its link text (so link lists weigh
/// against), nothing for short plain lines and captions, and its length (a share of it inside the article element) against for boilerplate.
/// </summary>
internal static class BlockWeights
{
    /// <summary>Blocks shorter than this neither help nor (unless link-heavy) hurt.</summary>
    public const int ShortBlock = 25;

    /// <summary>
    /// Boilerplate inside an <c>article</c> or <c>main</c> element weighs only this share of its length against
    /// (elsewhere all of it): it is dropped wherever it stands, so a share bar or author box inside the article
    /// must not cost the article its place to one of its own paragraphs.
    /// </summary>
    public const double InArticleBoilerplateFactor = 0.5;

    /// <summary>Weighs every block by its own text, before boilerplate is known.</summary>
    public static void AssignIntrinsic(List<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            block.Weight = Intrinsic(block);
        }
    }

    /// <summary>Weighs the blocks inside boilerplate against the article: their whole length.</summary>
    public static void ApplyBoilerplate(List<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            if (block.Owner.NearestBoilerplate is { } boilerplate)
            {
                block.Weight = -(boilerplate.InArticle ? InArticleBoilerplateFactor : 1.0) * block.Text.Length;
            }
        }
    }

    private static double Intrinsic(TextBlock block)
    {
        int length = block.Text.Length;
        if (block.Caption)
        {
            return 0;
        }

        double weight = length - (2.0 * block.LinkLength);
        if (length < ShortBlock && weight > 0)
        {
            return 0;
        }

        return weight;
    }
}
