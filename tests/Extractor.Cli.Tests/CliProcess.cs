using System.Diagnostics;
using System.Reflection;

namespace Extractor.Cli.Tests;

/// <summary>What one run of the app produced.</summary>
internal sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    public string[] StdOutLines => StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string[] StdErrLines => StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Runs the built <c>extractor</c> as a separate process: the app host or dll recorded at build time,
/// or the one named by the EXTRACTOR_CLI environment variable (e.g. a published <c>extractor</c>).</summary>
internal static class CliProcess
{
    private static readonly Lazy<string> AppPath = new(FindApp);

    public static CliResult Run(string workingDirectory, string? stdin, params string[] args)
    {
        string app = AppPath.Value;
        bool isDll = app.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var psi = new ProcessStartInfo(isDll ? DotnetHost() : app)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (isDll)
        {
            psi.ArgumentList.Add(app);
        }

        foreach (string arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        using var process = Process.Start(psi)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"extractor {string.Join(' ', args)} did not finish in 2 minutes.");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindApp()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("EXTRACTOR_CLI");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return File.Exists(fromEnvironment) ? fromEnvironment : throw new FileNotFoundException("EXTRACTOR_CLI names no file.", fromEnvironment);
        }

        string recorded = typeof(CliProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "ExtractorCliPath").Value ?? string.Empty;
        return File.Exists(recorded) ? recorded : throw new FileNotFoundException("The built extractor app was not found; build the solution first.", recorded);
    }

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
