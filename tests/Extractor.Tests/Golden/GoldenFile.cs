namespace Extractor.Tests.Golden;

/// <summary>
/// Golden-file assertions in the manner of Verify: the expected output is a checked-in
/// <c>NAME.verified.EXT</c> file; a mismatch writes <c>NAME.received.EXT</c> beside it and fails.
/// <c>UPDATE_GOLDEN=1</c> rewrites the verified file instead; under CI (<c>CI</c> set) a missing file fails.
/// </summary>
public static class GoldenFile
{
    /// <summary>Compares <paramref name="actual"/> with the verified file at an absolute path.</summary>
    public static void Verify(string actual, string verifiedPath)
    {
        actual = Normalize(actual);
        string received = ReceivedPath(verifiedPath);
        if (IsSet("UPDATE_GOLDEN"))
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(received);
            return;
        }

        if (!File.Exists(verifiedPath))
        {
            if (IsSet("CI"))
            {
                Assert.Fail($"Golden file {verifiedPath} is missing; run the tests with UPDATE_GOLDEN=1 and review it.");
            }

            // Locally, a new case starts its golden file: the first run writes it for review and fails.
            File.WriteAllText(verifiedPath, actual);
            Assert.Fail($"Golden file {verifiedPath} did not exist and was written: review it, then run again.");
        }

        string expected = Normalize(File.ReadAllText(verifiedPath));
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"Output differs from {verifiedPath}; see {received}.\n{FirstDifference(expected, actual)}\n(UPDATE_GOLDEN=1 accepts the new output.)");
    }

    private static string ReceivedPath(string verifiedPath)
    {
        string name = Path.GetFileName(verifiedPath);
        return Path.Combine(Path.GetDirectoryName(verifiedPath)!, name.Replace(".verified.", ".received.", StringComparison.Ordinal));
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static bool IsSet(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value && value != "0" && !value.Equals("false", StringComparison.OrdinalIgnoreCase);

    private static string FirstDifference(string expected, string actual)
    {
        string[] e = expected.Split('\n');
        string[] a = actual.Split('\n');
        for (int i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            string el = i < e.Length ? e[i] : "<end of file>";
            string al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
            {
                return $"line {i + 1}:\n  expected: {el}\n  actual:   {al}";
            }
        }

        return "(whitespace differs)";
    }
}
