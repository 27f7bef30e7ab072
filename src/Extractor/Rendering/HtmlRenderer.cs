using System.Net;
using System.Text;

namespace Extractor.Rendering;

/// <summary>A clean HTML fragment: one <c>&lt;article&gt;</c> with the headline, dateline and body blocks.</summary>
internal static class HtmlRenderer
{
    public static string Render(Article article)
    {
        var builder = new StringBuilder("<article");
        if (article.Language is not null)
        {
            builder.Append(" lang=\"").Append(WebUtility.HtmlEncode(article.Language)).Append('"');
        }

        builder.Append(">\n");
        if (article.Headline is not null)
        {
            builder.Append("<h1>").Append(WebUtility.HtmlEncode(article.Headline)).Append("</h1>\n");
        }

        bool inList = false;
        for (int i = 0; i < article.Blocks.Count; i++)
        {
            var block = article.Blocks[i];
            bool isItem = block.Kind == BlockKind.ListItem;
            if (isItem && !inList)
            {
                builder.Append(block.Level == 1 ? "<ol>\n" : "<ul>\n");
            }

            string text = WebUtility.HtmlEncode(block.Text);
            if (i == 0 && article.Dateline is not null)
            {
                text = "<span class=\"dateline\">" + WebUtility.HtmlEncode(article.Dateline.Text) + "</span> " + text;
            }

            string tag = block.Kind switch
            {
                BlockKind.Heading => "h" + Math.Clamp(block.Level, 2, 6).ToString(System.Globalization.CultureInfo.InvariantCulture),
                BlockKind.ListItem => "li",
                BlockKind.BlockQuote => "blockquote",
                BlockKind.Preformatted => "pre",
                _ => "p",
            };
            builder.Append('<').Append(tag).Append('>').Append(text).Append("</").Append(tag).Append(">\n");

            bool nextIsItem = i + 1 < article.Blocks.Count && article.Blocks[i + 1].Kind == BlockKind.ListItem;
            if (isItem && !nextIsItem)
            {
                builder.Append(block.Level == 1 ? "</ol>\n" : "</ul>\n");
            }

            inList = isItem && nextIsItem;
        }

        return builder.Append("</article>\n").ToString();
    }
}
