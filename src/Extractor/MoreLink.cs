namespace Extractor;

/// <summary>An inline "More:" / "Related:" / "READ MORE:" link, taken out of the body.</summary>
public sealed class MoreLink
{
    /// <summary>Creates a link.</summary>
    /// <param name="text">The link text, without the label.</param>
    /// <param name="url">The absolute address it points to.</param>
    /// <param name="afterParagraph">The index of the paragraph it followed, or -1 when it came before the first.</param>
    public MoreLink(string text, Uri url, int afterParagraph)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(url);
        Text = text;
        Url = url;
        AfterParagraph = afterParagraph;
    }

    /// <summary>The link text, without the label.</summary>
    public string Text { get; }

    /// <summary>The absolute address the link points to.</summary>
    public Uri Url { get; }

    /// <summary>The index into <see cref="Article.Paragraphs"/> of the paragraph the link followed; -1 before the first.</summary>
    public int AfterParagraph { get; }
}
