using Extractor.Accuracy.Scoring;

namespace Extractor.Accuracy;

/// <summary>The two tools compared: this extractor and SmartReader, each given the page's HTML and address.</summary>
internal static class Tools
{
    public static Tool Ours(ArticleExtractor extractor) => new("extractor", page =>
    {
        try
        {
            Article a = extractor.Extract(page.Html, new Uri(page.Url));
            return new ToolAnswer(a.Text, a.Headline, a.Authors, a.Published, null);
        }
        catch (ExtractionException e)
        {
            return new ToolAnswer("", null, [], null, e.Kind.ToString());
        }
    });

    public static Tool SmartReader() => new("smartreader", page =>
    {
        try
        {
            var article = new SmartReader.Reader(page.Url, page.Html).GetArticle();
            string[] authors = string.IsNullOrWhiteSpace(article.Author) ? [] : [article.Author];
            DateTimeOffset? date = article.PublicationDate is { } d ? new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Unspecified), TimeSpan.Zero) : null;
            return new ToolAnswer(article.TextContent ?? "", article.Title, authors, date, null);
        }
#pragma warning disable CA1031 // A third-party tool's failure is an empty answer, as the benchmark counts it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new ToolAnswer("", null, [], null, e.GetType().Name);
        }
    });
}
