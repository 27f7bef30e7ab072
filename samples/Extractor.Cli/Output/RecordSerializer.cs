using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Extractor.Cli.Output;

/// <summary>The JSON Lines records of a batch: the article object with <c>"input"</c> added, or
/// <c>{"input": ..., "error": {"kind", "message", "status"}}</c>; compact, one line each.</summary>
internal static class RecordSerializer
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize(Running.Outcome outcome)
    {
        JsonObject record;
        if (outcome.Article is { } article)
        {
            record = JsonNode.Parse(article.ToJson(indented: false))!.AsObject();
            record.Insert(0, "input", outcome.Input);
        }
        else
        {
            var failure = outcome.Failure!;
            var error = new JsonObject { ["kind"] = failure.Kind, ["message"] = failure.Message };
            if (failure.Status is int status)
            {
                error["status"] = status;
            }

            record = new JsonObject { ["input"] = outcome.Input, ["error"] = error };
        }

        return record.ToJsonString(Compact);
    }
}
