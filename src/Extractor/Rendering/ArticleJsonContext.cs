using System.Text.Json.Serialization;

namespace Extractor.Rendering;

/// <summary>Source-generated serialization for the article JSON: no reflection at run time.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ArticleJsonModel))]
internal sealed partial class ArticleJsonContext : JsonSerializerContext;
