using System.Text.Json;
using AngleSharp.Dom;

namespace Extractor.Metadata;

/// <summary>
/// Parses the page's <c>application/ld+json</c> scripts leniently (comments, trailing commas, raw newlines in strings,
/// CDATA wrappers) into a flat list of typed nodes. A script that still fails to parse is skipped; nothing throws.
/// </summary>
internal static class JsonLdParser
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Parses every JSON-LD script; the caller disposes the documents.</summary>
    public static List<JsonDocument> ParseAll(IDocument document) => ParseAll(document.QuerySelectorAll("script"));

    /// <summary>Parses the JSON-LD scripts among <paramref name="scripts"/>; the caller disposes the documents.</summary>
    public static List<JsonDocument> ParseAll(IEnumerable<IElement> scripts)
    {
        var documents = new List<JsonDocument>();
        foreach (IElement script in scripts)
        {
            string? type = script.GetAttribute("type");
            if (type is null || !type.Contains("ld+json", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (TryParse(script.TextContent) is { } parsed)
            {
                documents.Add(parsed);
            }
        }

        return documents;
    }

    /// <summary>Every object in the documents that has an <c>@type</c>, top-level arrays and <c>@graph</c> flattened,
    /// <c>mainEntity</c> objects included.</summary>
    public static List<JsonElement> Nodes(IEnumerable<JsonDocument> documents)
    {
        var nodes = new List<JsonElement>();
        foreach (JsonDocument doc in documents)
        {
            Collect(doc.RootElement, nodes, 0);
        }

        return nodes;
    }

    internal static JsonDocument? TryParse(string text)
    {
        string trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        if (Parse(trimmed) is { } first)
        {
            return first;
        }

        // Common breakage: CDATA or HTML comment wrappers, raw control characters inside strings, a trailing semicolon.
        string repaired = trimmed
            .Replace("<![CDATA[", string.Empty, StringComparison.Ordinal)
            .Replace("]]>", string.Empty, StringComparison.Ordinal)
            .Replace("<!--", string.Empty, StringComparison.Ordinal)
            .Replace("-->", string.Empty, StringComparison.Ordinal)
            .TrimEnd(';', ' ', '\n', '\r', '\t');
        repaired = new string(repaired.Select(c => char.IsControl(c) ? ' ' : c).ToArray());
        return Parse(repaired);
    }

    private static JsonDocument? Parse(string text)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void Collect(JsonElement element, List<JsonElement> nodes, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                Collect(item, nodes, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@type", out _))
        {
            nodes.Add(element);
        }

        if (element.TryGetProperty("@graph", out JsonElement graph))
        {
            Collect(graph, nodes, depth + 1);
        }

        if (element.TryGetProperty("mainEntity", out JsonElement main) && main.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            Collect(main, nodes, depth + 1);
        }
    }
}
