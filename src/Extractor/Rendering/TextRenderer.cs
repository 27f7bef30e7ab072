using System.Text;

namespace Extractor.Rendering;

/// <summary>The plain-text body: the dateline as written, then the blocks separated by a blank line.</summary>
internal static class TextRenderer
{
    public static string Render(Dateline? dateline, IReadOnlyList<string> paragraphs)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                builder.Append("\n\n");
            }
            else if (dateline is not null)
            {
                builder.Append(dateline.Text).Append(' ');
            }

            builder.Append(paragraphs[i]);
        }

        if (paragraphs.Count == 0 && dateline is not null)
        {
            builder.Append(dateline.Text);
        }

        return builder.ToString();
    }
}
