using Extractor.Metadata;
using Extractor.News;

namespace Extractor.Rendering;

/// <summary>Assembles the immutable <see cref="Article"/> from the metadata and the news stage's output.</summary>
internal static class ArticleBuilder
{
    public static Article Build(PageMetadata metadata, NewsStructure news, Uri? address)
    {
        var paragraphs = news.Blocks.Select(b => b.Text).ToArray();
        return new Article
        {
            Url = metadata.CanonicalUrl ?? address,
            Headline = metadata.Headline,
            Dateline = news.Dateline,
            Authors = metadata.Authors,
            Published = metadata.Published,
            Modified = metadata.Modified,
            SiteName = metadata.SiteName,
            Language = metadata.Language,
            LeadImage = metadata.LeadImage,
            Description = metadata.Description,
            Blocks = news.Blocks.Select(b => b.ToBlock()).ToArray(),
            Paragraphs = paragraphs,
            Text = TextRenderer.Render(news.Dateline, TextRenderer.NumberOrderedItems(news.Blocks)),
            Quotes = news.Quotes,
            MoreLinks = news.MoreLinks,
        };
    }
}
