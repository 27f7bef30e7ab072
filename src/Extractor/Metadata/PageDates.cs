using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>Finds the published and modified dates: JSON-LD first, then meta tags, then <c>&lt;time&gt;</c> and itemprop
/// markup, then dates written in the page; a page dated nowhere else takes the date in its address.</summary>
internal static class PageDates
{
    /// <summary>
    /// The dates. A date written by the headline that is neither metadata date is taken as the article's date; one that
    /// is the day of the modified date (pages often show the last update there) leaves the published date as it is,
    /// and stands in for it only when the metadata has none.
    /// </summary>
    public static (DateTimeOffset? Published, DateTimeOffset? Modified) Read(IDocument document, JsonLdArticle jsonLd, MetaTags meta, string? headline, Uri? address) =>
        Read(new PageScan(document), jsonLd, meta, headline, address);

    /// <inheritdoc cref="Read(IDocument, JsonLdArticle, MetaTags, string?, Uri?)"/>
    public static (DateTimeOffset? Published, DateTimeOffset? Modified) Read(PageScan scan, JsonLdArticle jsonLd, MetaTags meta, string? headline, Uri? address)
    {
        IDocument document = scan.Document;
        DateTimeOffset? published = DateParser.Parse(jsonLd.Published)
            ?? FirstDate(meta, MetadataVocabulary.PublishedKeys)
            ?? meta.EndingWith(MetadataVocabulary.PublishedKeyEnds).Select(DateParser.Parse).FirstOrDefault(date => date is not null)
            ?? Markup(scan, "datePublished")
            ?? TimeElement(scan);
        DateTimeOffset? modified = DateParser.Parse(jsonLd.Modified)
            ?? FirstDate(meta, MetadataVocabulary.ModifiedKeys)
            ?? Markup(scan, "dateModified");
        DateOnly[] known = new[] { Day(published), Day(modified) }.OfType<DateOnly>().ToArray();
        if (VisibleDate.Find(scan, headline, known, published is not null) is { } visible)
        {
            published = IsDayOf(published, visible) ? published
                : IsDayOf(modified, visible) ? published ?? modified
                : new DateTimeOffset(visible.ToDateTime(TimeOnly.MinValue), published?.Offset ?? TimeSpan.Zero);
        }

        if (published is null && VisibleDate.Labelled(document) is { } labelled)
        {
            published = new DateTimeOffset(labelled.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (published is null && modified is null && AddressDate.Find(address) is { } inAddress)
        {
            published = new DateTimeOffset(inAddress.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        return (published, modified);
    }

    private static DateOnly? Day(DateTimeOffset? date) => date is { } d ? DateOnly.FromDateTime(d.DateTime) : null;

    /// <summary>Whether a date shown on the page is the day of a metadata timestamp, also as a reader a time zone away
    /// sees it (a timestamp at 00:57 UTC is the evening before in New York): the timestamp is then the same moment,
    /// written more exactly.</summary>
    private static bool IsDayOf(DateTimeOffset? date, DateOnly shown) =>
        Day(date) is { } day && Math.Abs(day.DayNumber - shown.DayNumber) <= 1;

    private static DateTimeOffset? FirstDate(MetaTags meta, IEnumerable<string> keys)
    {
        foreach (var values in meta.Each(keys))
        {
            foreach (string value in values)
            {
                if (DateParser.Parse(value) is { } date)
                {
                    return date;
                }
            }
        }

        return null;
    }

    private static DateTimeOffset? Markup(PageScan scan, string property)
    {
        foreach (IElement element in scan.WithItemprop(property))
        {
            if (DateParser.Parse(element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? (element.LocalName == "abbr" ? element.GetAttribute("title") : null) ?? element.TextContent) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The first <c>&lt;time&gt;</c> of the article (or page) with a parseable date.</summary>
    private static DateTimeOffset? TimeElement(PageScan scan)
    {
        IElement? scope = scan.Article ?? scan.Document.Body;
        if (scope is null)
        {
            return null;
        }

        int read = 0;
        foreach (IElement time in scan.Times)
        {
            if (!PageScan.IsInside(time, scope))
            {
                continue;
            }

            if (++read > 5)
            {
                break;
            }

            if (DateParser.Parse(time.GetAttribute("datetime") ?? time.TextContent) is { } date)
            {
                return date;
            }
        }

        return null;
    }
}
