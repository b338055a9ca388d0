using System.Diagnostics;
using System.Text.Json;
using NewsFrames.Benchmarks.Data;

namespace NewsFrames.Benchmarks.Harness;

/// <summary>What the scikit-learn peer script printed.</summary>
internal sealed record PeerResult(string Tool, int Documents, double Megabytes, long Tokens, int Vocabulary, double Seconds, string LoadAverage, double CpuSeconds = 0)
{
    /// <summary>Wall seconds of every run (<see cref="Seconds"/> is the least).</summary>
    public double[] Times { get; init; } = [];

    public double MegabytesPerSecond => Megabytes / Seconds;
    public double MegabytesPerCpuSecond => CpuSeconds > 0 ? Megabytes / CpuSeconds : 0;
}

/// <summary>
/// Runs scikit-learn's CountVectorizer (peer/sklearn_countvectorizer.py, Debian's /usr/bin/python3) on exactly
/// the text NewsFrames tokenizes, pinned to one core like the one-core NewsFrames figures.
/// </summary>
internal static class Peer
{
    public static PeerResult? Run(string data, int replicate, int repeats, string python, TextWriter log)
    {
        string script = Path.Combine(AppContext.BaseDirectory, "peer", "sklearn_countvectorizer.py");
        if (!File.Exists(python) || !File.Exists(script))
        {
            log.WriteLine($"peer skipped: {(File.Exists(python) ? script : python)} not found");
            return null;
        }
        string jsonl = Path.Combine(Path.GetTempPath(), $"newsframes-peer-{Environment.ProcessId}-{replicate}.jsonl");
        try
        {
            using (var writer = new StreamWriter(jsonl))
                foreach (var doc in ReutersText.ReadAll(data, replicate))
                    writer.WriteLine(JsonSerializer.Serialize(doc.Text));

            var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(script);
            start.ArgumentList.Add(jsonl);
            start.ArgumentList.Add(repeats.ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Single-threaded anyway; pinned so that it never borrows the second core.
            start.Environment["OMP_NUM_THREADS"] = "1";
            start.Environment["OPENBLAS_NUM_THREADS"] = "1";
            string load = Machine.LoadAverage();
            using var process = Process.Start(start)!;
            if (OperatingSystem.IsLinux()) process.ProcessorAffinity = 1;
            var stderr = process.StandardError.ReadToEndAsync();
            string stdout = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                log.WriteLine($"peer failed ({process.ExitCode}): {stderr.Result.Trim()}");
                return null;
            }
            using var json = JsonDocument.Parse(stdout.Trim().Split('\n')[^1]);
            var root = json.RootElement;
            return new PeerResult(root.GetProperty("tool").GetString()!, root.GetProperty("documents").GetInt32(),
                root.GetProperty("megabytes").GetDouble(), root.GetProperty("tokens").GetInt64(),
                root.GetProperty("vocabulary").GetInt32(), root.GetProperty("seconds").GetDouble(), load,
                root.TryGetProperty("cpu_seconds", out var cpu) ? cpu.GetDouble() : 0)
            {
                Times = root.TryGetProperty("times", out var times) ? times.EnumerateArray().Select(t => t.GetDouble()).ToArray() : [],
            };
        }
        finally
        {
            File.Delete(jsonl);
        }
    }
}
