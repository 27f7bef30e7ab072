using System.Diagnostics;

namespace Extractor.Cli.Tests;

public sealed class SampleAppTests
{
    [Fact]
    public void No_argument_prints_the_bundled_seed_article_as_markdown()
    {
        string exe = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "samples", "Extractor.Cli", "bin",
            new DirectoryInfo(AppContext.BaseDirectory).Parent!.Parent!.Name, "net10.0", "Extractor.Cli.dll");
        var psi = new ProcessStartInfo("dotnet", [exe]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(psi)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("# Biden administration quietly reaches out to North Korea", output, StringComparison.Ordinal);
    }
}
