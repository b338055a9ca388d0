using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Serialization;

namespace NewsFrames.Benchmarks.Harness;

/// <summary>One measured run of one stage, as the child process reports it.</summary>
internal sealed record Measurement
{
    public required string Stage { get; init; }
    public required int Cores { get; init; }
    public required int Replicate { get; init; }
    public required long Documents { get; init; }
    public required double Megabytes { get; init; }
    public required long Tokens { get; init; }
    public required double Seconds { get; init; }
    /// <summary>Wall seconds of every timed repeat, in order (<see cref="Seconds"/> is the least): how far this machine moved.</summary>
    public double[] Times { get; init; } = [];
    /// <summary>CPU time of the process during the timed run (user + system, all threads).</summary>
    public double CpuSeconds { get; init; }
    /// <summary>Time the runtime paused the program for garbage collections during the timed run.</summary>
    public double GcPauseSeconds { get; init; }
    public required double GcPeakMegabytes { get; init; }
    public required double ProcessPeakMegabytes { get; init; }
    public required double AllocatedMegabytes { get; init; }
    public string Note { get; init; } = "";
    public string LoadAverage { get; init; } = "";

    [JsonIgnore] public double MegabytesPerSecond => Megabytes / Seconds;
    [JsonIgnore] public double TokensPerSecond => Tokens / Seconds;
    /// <summary>MB per CPU-second: what one core does when it is actually running, much less sensitive to a busy machine than wall time.</summary>
    [JsonIgnore] public double MegabytesPerCpuSecond => CpuSeconds > 0 ? Megabytes / CpuSeconds : 0;
}

/// <summary>
/// Samples the managed heap while a stage runs, so that the reported GC peak is the largest heap seen
/// (there is no runtime counter for a peak between collections).
/// </summary>
internal sealed class HeapSampler : IDisposable
{
    private readonly Thread thread;
    private volatile bool stop;
    private long peak;

    public HeapSampler()
    {
        thread = new Thread(Run) { IsBackground = true, Priority = ThreadPriority.AboveNormal, Name = "heap sampler" };
        thread.Start();
    }

    public double PeakMegabytes => Math.Max(Interlocked.Read(ref peak), GC.GetTotalMemory(false)) / 1e6;

    private void Run()
    {
        while (!stop)
        {
            long now = GC.GetTotalMemory(false);
            if (now > Interlocked.Read(ref peak)) Interlocked.Exchange(ref peak, now);
            Thread.Sleep(5);
        }
    }

    public void Dispose()
    {
        stop = true;
        thread.Join();
    }
}

internal static class Machine
{
    /// <summary>The 1/5/15-minute load averages from /proc/loadavg, as `uptime` prints them.</summary>
    public static string LoadAverage()
    {
        try
        {
            var parts = File.ReadAllText("/proc/loadavg").Split(' ');
            return string.Join(", ", parts.Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    public static string CpuModel()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/cpuinfo"))
                if (line.StartsWith("model name", StringComparison.Ordinal)) return line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException)
        {
        }
        return "?";
    }

    public static double ProcessPeakMegabytes()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64 / 1e6;
    }

    public static string F(double value, int decimals = 1) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
