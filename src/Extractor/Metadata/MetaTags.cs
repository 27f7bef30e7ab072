using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// The page's <c>&lt;meta&gt;</c> tags as a case-insensitive map from key (<c>property</c>, <c>name</c>,
/// <c>itemprop</c> or <c>http-equiv</c>) to the non-empty contents, in page order.
/// </summary>
internal sealed class MetaTags
{
    private static readonly string[] KeyAttributes = ["property", "name", "itemprop", "http-equiv"];

    private readonly Dictionary<string, List<string>> values = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(PageScan scan)
    {
        foreach (IElement meta in scan.Metas)
        {
            // Attributes looked up by local name without namespace (as AngleSharp's ClassName does): a parsed page's
            // attributes of these names are always so, and the lookup does not lower-case the name first.
            string? content = meta.GetAttribute(null, "content") ?? meta.GetAttribute(null, "value");
            content = Text.Clean(content);
            if (content is null)
            {
                continue;
            }

            foreach (string attribute in KeyAttributes)
            {
                string? keys = meta.GetAttribute(null, attribute);
                if (string.IsNullOrWhiteSpace(keys))
                {
                    continue;
                }

                // RDFa allows several space-separated properties on one tag; most tags have one, taken as it is.
                if (!keys.Contains(' ', StringComparison.Ordinal))
                {
                    Add(keys, content);
                    continue;
                }

                foreach (string key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    Add(key, content);
                }
            }
        }
    }

    private void Add(string key, string content)
    {
        if (!values.TryGetValue(key, out var list))
        {
            values[key] = list = [];
        }

        list.Add(content);
    }

    /// <summary>The first value of the first key (in the given order) that the page has.</summary>
    public string? First(IEnumerable<string> keys)
    {
        foreach (string key in keys)
        {
            if (values.TryGetValue(key, out var list) && list.Count > 0)
            {
                return list[0];
            }
        }

        return null;
    }

    /// <summary>
    /// The first value of each key that ends with one of <paramref name="ends"/> right after a separator
    /// (<c>-</c>, <c>_</c>, <c>:</c> or <c>.</c>): a site's own prefix before a known key.
    /// </summary>
    public IEnumerable<string> EndingWith(IReadOnlyList<string> ends)
    {
        foreach (var (key, list) in values)
        {
            if (ends.Any(end => key.Length > end.Length && key.EndsWith(end, StringComparison.OrdinalIgnoreCase) && key[^(end.Length + 1)] is '-' or '_' or ':' or '.'))
            {
                yield return list[0];
            }
        }
    }

    /// <summary>Every value of one key, in page order.</summary>
    public IReadOnlyList<string> All(string key) => values.TryGetValue(key, out var list) ? list : [];

    /// <summary>Each key's values in the given key order, keys kept apart.</summary>
    public IEnumerable<IReadOnlyList<string>> Each(IEnumerable<string> keys)
    {
        foreach (string key in keys)
        {
            if (values.TryGetValue(key, out var list))
            {
                yield return list;
            }
        }
    }
}
