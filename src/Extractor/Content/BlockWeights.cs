namespace Extractor.Content;

/// <summary>
/// How much each block says "article here": its text length less twice its link text (so link lists weigh
/// against), nothing for short plain lines and captions, and its whole length against for boilerplate.
/// </summary>
internal static class BlockWeights
{
    /// <summary>Blocks shorter than this neither help nor (unless link-heavy) hurt.</summary>
    public const int ShortBlock = 25;

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
            if (block.Owner.NearestBoilerplate is not null)
            {
                block.Weight = -block.Text.Length;
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
