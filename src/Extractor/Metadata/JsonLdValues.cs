using System.Text.Json;

namespace Extractor.Metadata;

/// <summary>Reads schema.org values that come in many shapes: strings, objects, arrays and <c>@id</c> references.</summary>
internal sealed class JsonLdValues(Dictionary<string, JsonElement> ids)
{
    public static IEnumerable<string> Types(JsonElement node)
    {
        if (!node.TryGetProperty("@type", out JsonElement type))
        {
            yield break;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            yield return Short(type.GetString()!);
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String)
                {
                    yield return Short(t.GetString()!);
                }
            }
        }
    }

    public static bool HasType(JsonElement node, string type) => Types(node).Contains(type, StringComparer.OrdinalIgnoreCase);

    /// <summary>A plain string property (no reference following).</summary>
    public static string? String(JsonElement node, string property) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(property, out JsonElement v) && v.ValueKind == JsonValueKind.String
            ? Metadata.Text.Clean(v.GetString())
            : null;

    /// <summary>A text value: a string, the first string of an array, or an object's <c>name</c>/<c>@value</c>/<c>@id</c>.</summary>
    public string? Text(JsonElement node, string property) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(property, out JsonElement v) ? TextOf(v, 0) : null;

    /// <summary>The name of the entity in a property (publisher, author): a string, an object or a reference.</summary>
    public string? Name(JsonElement node, string property) => Names(node, property) is { Count: > 0 } list ? list[0] : null;

    /// <summary>
    /// The names of the entities in a property, in order: strings, objects, references, arrays of them; only
    /// organisations (<see langword="true"/>) or only the others (<see langword="false"/>) when asked.
    /// </summary>
    public IReadOnlyList<string> Names(JsonElement node, string property, bool? organizations = null)
    {
        var names = new List<string>();
        if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(property, out JsonElement v))
        {
            CollectNames(v, names, 0, organizations);
        }

        return names;
    }

    /// <summary>An image address: a string, an ImageObject's <c>url</c>/<c>contentUrl</c>, a reference, or the first of an array.</summary>
    public string? Image(JsonElement node, string property) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(property, out JsonElement v) ? ImageOf(v, 0) : null;

    private static string Short(string type)
    {
        int slash = type.LastIndexOfAny(['/', ':']);
        return slash >= 0 ? type[(slash + 1)..] : type;
    }

    private string? TextOf(JsonElement v, int depth)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String:
                return Metadata.Text.Clean(v.GetString());
            case JsonValueKind.Number:
                return v.GetRawText();
            case JsonValueKind.Array when depth < 3:
                return v.EnumerateArray().Select(x => TextOf(x, depth + 1)).FirstOrDefault(x => x is not null);
            case JsonValueKind.Object when depth < 3:
                JsonElement o = Deref(v);
                return String(o, "name") ?? String(o, "@value") ?? String(o, "url") ?? String(o, "@id");
            default:
                return null;
        }
    }

    private void CollectNames(JsonElement v, List<string> names, int depth, bool? organizations)
    {
        if (depth > 3)
        {
            return;
        }

        switch (v.ValueKind)
        {
            case JsonValueKind.String when organizations != true && Metadata.Text.Clean(v.GetString()) is { } s:
                names.Add(s);
                break;
            case JsonValueKind.Array:
                foreach (JsonElement item in v.EnumerateArray())
                {
                    CollectNames(item, names, depth + 1, organizations);
                }

                break;
            case JsonValueKind.Object:
                JsonElement o = Deref(v);
                bool organization = Types(o).Any(t => t.Contains("Organization", StringComparison.OrdinalIgnoreCase) || t is "Corporation" or "WebSite" or "Brand");
                if (organizations is { } wanted && wanted != organization)
                {
                    break;
                }

                string? name = String(o, "name") ?? String(o, "legalName") ?? String(o, "alternateName");
                if (name is null && String(o, "givenName") is { } given)
                {
                    name = String(o, "familyName") is { } family ? $"{given} {family}" : given;
                }

                if (name is not null)
                {
                    names.Add(name);
                }

                break;
        }
    }

    private string? ImageOf(JsonElement v, int depth)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String:
                return Metadata.Text.Clean(v.GetString());
            case JsonValueKind.Array when depth < 3:
                return v.EnumerateArray().Select(x => ImageOf(x, depth + 1)).FirstOrDefault(x => x is not null);
            case JsonValueKind.Object when depth < 3:
                JsonElement o = Deref(v);
                return String(o, "url") ?? String(o, "contentUrl") ?? (o.TryGetProperty("url", out JsonElement u) ? ImageOf(u, depth + 1) : null);
            default:
                return null;
        }
    }

    /// <summary>Follows an <c>{"@id": ...}</c> reference to the node it names, when the page defines it.</summary>
    private JsonElement Deref(JsonElement v) =>
        String(v, "@id") is { } id && ids.TryGetValue(id, out JsonElement target) && !v.TryGetProperty("name", out _)
            ? target
            : v;
}
