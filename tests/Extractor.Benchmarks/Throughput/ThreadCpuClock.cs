using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Extractor.Benchmarks.Throughput;

/// <summary>
/// The CPU time the current thread has used. Unlike the wall clock it does not count time spent waiting for a core,
/// so it stays steady when other processes load the machine. Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID);
/// elsewhere the process's total processor time.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static double NowMs()
    {
        if (OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTimeId, out var time) == 0)
        {
            return (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0);
        }

        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalMilliseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
