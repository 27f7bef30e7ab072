using System.Globalization;
using System.Text;

namespace Extractor.Accuracy.Scoring;

/// <summary>
/// The body metric of the benchmark's <c>score.py</c>, ported: tokens are maximal runs of word characters (as
/// Python's <c>\w</c>: letters, numbers, underscore; no marks), shingles are bags of 4-token windows, and a page
/// scores TP/FP/FN as the bag intersection and surpluses. Corpus scores are macro averages over pages.
/// </summary>
public static class ShingleMetric
{
    /// <summary>The window size.</summary>
    public const int N = 4;

    /// <summary>The word tokens of <paramref name="text"/>, as score.py finds them.</summary>
    public static List<string> Tokens(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        int start = -1;
        int i = 0;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out int consumed);
            bool word = IsWord(rune);
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                tokens.Add(text[start..i]);
                start = -1;
            }

            i += Math.Max(1, consumed);
        }

        if (start >= 0)
        {
            tokens.Add(text[start..]);
        }

        return tokens;
    }

    /// <summary>Scores one page.</summary>
    public static PageScore Score(string? truth, string? prediction)
    {
        var t = Tokens(truth);
        var p = Tokens(prediction);
        var bt = Bag(t);
        var bp = Bag(p);
        int tp = 0;
        foreach (var (shingle, count) in bp)
        {
            if (bt.TryGetValue(shingle, out int other))
            {
                tp += Math.Min(count, other);
            }
        }

        int predTotal = Total(bp);
        int truthTotal = Total(bt);
        return new PageScore(tp, predTotal - tp, truthTotal - tp, t.SequenceEqual(p, StringComparer.Ordinal));
    }

    /// <summary>The corpus scores of a set of pages: macro-averaged precision and recall, F1 of the two, exact share.</summary>
    public static CorpusScore Aggregate(IReadOnlyCollection<PageScore> pages)
    {
        double pSum = 0, rSum = 0;
        int pN = 0, rN = 0, exact = 0;
        foreach (var page in pages)
        {
            if (page.TruePositives + page.FalsePositives > 0)
            {
                pSum += page.Precision;
                pN++;
            }

            if (page.TruePositives + page.FalseNegatives > 0)
            {
                rSum += page.Recall;
                rN++;
            }

            exact += page.Exact ? 1 : 0;
        }

        double p = pN > 0 ? pSum / pN : 0;
        double r = rN > 0 ? rSum / rN : 0;
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
        return new CorpusScore(f1, p, r, pages.Count > 0 ? (double)exact / pages.Count : 0, pages.Count);
    }

    /// <summary>The shingle bag of a token list, keyed by the tokens joined with a separator no token holds.</summary>
    public static Dictionary<string, int> Bag(List<string> tokens)
    {
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
        {
            return bag;
        }

        if (tokens.Count < N)
        {
            bag[string.Join('\u0001', tokens)] = 1;
            return bag;
        }

        for (int i = 0; i + N <= tokens.Count; i++)
        {
            string key = Key(tokens, i);
            bag[key] = bag.GetValueOrDefault(key) + 1;
        }

        return bag;
    }

    /// <summary>The key of the shingle starting at token <paramref name="index"/>.</summary>
    public static string Key(List<string> tokens, int index) =>
        string.Join('\u0001', tokens[index], tokens[index + 1], tokens[index + 2], tokens[index + 3]);

    private static int Total(Dictionary<string, int> bag)
    {
        int total = 0;
        foreach (int count in bag.Values)
        {
            total += count;
        }

        return total;
    }

    private static bool IsWord(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}

/// <summary>One page's shingle counts.</summary>
public readonly record struct PageScore(int TruePositives, int FalsePositives, int FalseNegatives, bool Exact)
{
    /// <summary>TP / (TP + FP); 0 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives > 0 ? (double)TruePositives / (TruePositives + FalsePositives) : 0;

    /// <summary>TP / (TP + FN); 0 when the truth is empty.</summary>
    public double Recall => TruePositives + FalseNegatives > 0 ? (double)TruePositives / (TruePositives + FalseNegatives) : 0;

    /// <summary>The page's own F1 (used to rank pages, not for the corpus score).</summary>
    public double F1 => Precision + Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : (Exact ? 1 : 0);
}

/// <summary>Corpus scores: macro precision and recall, their F1, the share of exact pages.</summary>
public readonly record struct CorpusScore(double F1, double Precision, double Recall, double Exact, int Pages);
