namespace Extractor.Accuracy.Scoring;

/// <summary>
/// What a prediction missed and added, in the metric's own terms: the runs of tokens not covered by any
/// matching shingle, on the truth side (missed) and on the prediction side (added).
/// </summary>
public static class TextDiff
{
    /// <summary>The missed runs (from the truth) and the added runs (from the prediction), each as text.</summary>
    public static (List<string> Missed, List<string> Added) Compare(string truth, string prediction)
    {
        var t = ShingleMetric.Tokens(truth);
        var p = ShingleMetric.Tokens(prediction);
        return (Uncovered(t, ShingleMetric.Bag(p)), Uncovered(p, ShingleMetric.Bag(t)));
    }

    private static List<string> Uncovered(List<string> tokens, Dictionary<string, int> otherBag)
    {
        var covered = new bool[tokens.Count];
        if (tokens.Count < ShingleMetric.N)
        {
            if (tokens.Count > 0 && otherBag.ContainsKey(string.Join('\u0001', tokens)))
            {
                Array.Fill(covered, true);
            }
        }
        else
        {
            var remaining = new Dictionary<string, int>(otherBag, StringComparer.Ordinal);
            for (int i = 0; i + ShingleMetric.N <= tokens.Count; i++)
            {
                string key = ShingleMetric.Key(tokens, i);
                if (remaining.TryGetValue(key, out int left) && left > 0)
                {
                    remaining[key] = left - 1;
                    covered.AsSpan(i, ShingleMetric.N).Fill(true);
                }
            }
        }

        var runs = new List<string>();
        int start = -1;
        for (int i = 0; i <= tokens.Count; i++)
        {
            bool miss = i < tokens.Count && !covered[i];
            if (miss && start < 0)
            {
                start = i;
            }
            else if (!miss && start >= 0)
            {
                runs.Add(string.Join(' ', tokens.GetRange(start, i - start)));
                start = -1;
            }
        }

        return runs;
    }
}
