using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using static NewsFrames.Benchmarks.Harness.Machine;

namespace NewsFrames.Benchmarks.Harness;

/// <summary>
/// The end-to-end harness: every stage on one core and on all cores, on Reuters-21578 and an 8× replication,
/// each run in a fresh pinned process; the scikit-learn peer on the same text; one table with the ratio and the
/// issue's targets, the load average beside every figure (the machine may be shared).
/// </summary>
internal static class EndToEnd
{
    /// <param name="Processes">Fresh processes per core count, one core and all cores taking turns; the best run of all counts.</param>
    private sealed record Run(string Stage, int Replicate, int Repeat, int Patterns = 0, int Processes = 1)
    {
        public string Label => Stage switch
        {
            "frames" => $"frames ({(Patterns == 0 ? "default lexicon" : Patterns.ToString("N0", CultureInfo.InvariantCulture) + " patterns")})",
            "frames-unmet" => $"frames (100 + {(Patterns - 100).ToString("N0", CultureInfo.InvariantCulture)} never-met patterns)",
            _ => Stage,
        };
    }

    public static int Execute(string data, int replicate, int[] coresList, bool peer, string python, string? output, IReadOnlySet<string>? stages, bool quick = false)
    {
        var log = Console.Error;
        var runs = new List<Run>
        {
            new("load", replicate, 3),
            new("tokenize+count", 1, 5),
            new("tokenize+count", replicate, 3),
            new("tokenize", 1, 3),
            new("stems", 1, 3),
            new("frames", 1, 3),
            new("frames", 1, 3, 100),
            new("frames", 1, 3, 1_000),
            new("frames", 1, 3, 10_000),
            new("frames-unmet", 1, 3, 10_000),
            new("entities", 1, 3),
            new("report", 1, 1),
            new("incremental", 1, 1),
            new("pipeline", 1, 3),
            // The speed-up target is the ratio of two of these figures, and this VM moves 10-20% from one process to
            // the next (1.36-1.99x over six harness runs of the same code when each was one run of one process): best
            // of three runs in each of three processes, the one-core and two-core processes taking turns.
            new("pipeline", replicate, 3, Processes: 3),
            // What a newsframes command does on the same folder: the generic loader with its cleaning rules.
            new("pipeline-generic", replicate, 3),
        };
        if (stages is not null) runs = runs.Where(r => stages.Contains(r.Stage)).ToList();
        if (quick)
        {
            // The figures the targets need, each best of its repeats as in the full run; the incremental rerun once.
            runs =
            [
                new("tokenize+count", 1, 5),
                new("tokenize", 1, 3),
                new("frames", 1, 3, 100),
                new("frames", 1, 3, 10_000),
                new("frames-unmet", 1, 3, 10_000),
                new("entities", 1, 3),
                new("incremental", 1, 1),
                new("pipeline", replicate, 3, Processes: 3),
            ];
        }
        var results = new List<Measurement>();
        foreach (var run in runs)
        {
            var best = new Measurement?[coresList.Length];
            for (int process = 0; process < run.Processes; process++)
            {
                for (int c = 0; c < coresList.Length; c++)
                {
                    int cores = coresList[c];
                    log.Write($"{run.Label} ×{run.Replicate} on {cores} core(s){(run.Processes > 1 ? $", process {process + 1} of {run.Processes}" : "")}... ");
                    var m = Launch(run, cores, data);
                    if (m is null) return 1;
                    best[c] = Combine(best[c], m);
                    log.WriteLine($"{F(m.MegabytesPerSecond)} MB/s (load average {m.LoadAverage})");
                }
            }
            results.AddRange(best.Select(m => m! with { Stage = run.Label }));
        }

        PeerResult? sklearn = null;
        if (peer)
        {
            log.Write("scikit-learn peer ×1 on 1 core... ");
            // As many repeats as the tokenize+count figure it is compared with.
            sklearn = Peer.Run(data, 1, 5, python, log);
            if (sklearn is not null) log.WriteLine($"{F(sklearn.MegabytesPerSecond)} MB/s");
        }

        string table = Render(results, sklearn, coresList);
        Console.WriteLine(table);
        if (output is not null)
        {
            AtomicFile.WriteAllText(output, table);
            AtomicFile.WriteAllText(Path.ChangeExtension(output, ".json"),
                JsonSerializer.Serialize(new { results, peer = sklearn }, new JsonSerializerOptions { WriteIndented = true }));
            log.WriteLine($"written: {output}");
        }
        return 0;
    }

    /// <summary>
    /// Two processes' measurements of one stage as one: the faster run's figures, every run's time, and the larger
    /// peaks (a memory figure must hold for every process, not the luckiest).
    /// </summary>
    private static Measurement Combine(Measurement? earlier, Measurement next)
    {
        if (earlier is null) return next;
        var faster = next.Seconds < earlier.Seconds ? next : earlier;
        return faster with
        {
            Times = [.. earlier.Times, .. next.Times],
            GcPeakMegabytes = Math.Max(earlier.GcPeakMegabytes, next.GcPeakMegabytes),
            ProcessPeakMegabytes = Math.Max(earlier.ProcessPeakMegabytes, next.ProcessPeakMegabytes),
            LoadAverage = earlier.LoadAverage + "; " + next.LoadAverage,
        };
    }

    private static Measurement? Launch(Run run, int cores, string data)
    {
        string self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        // Under `dotnet NewsFrames.Benchmarks.dll` the process is the host: pass the assembly first.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") start.ArgumentList.Add(typeof(EndToEnd).Assembly.Location);
        foreach (var arg in new[] { "measure", "--stage", run.Stage, "--cores", I(cores), "--replicate", I(run.Replicate), "--repeat", I(run.Repeat), "--patterns", I(run.Patterns), "--data", data })
            start.ArgumentList.Add(arg);
        start.Environment["DOTNET_PROCESSOR_COUNT"] = I(cores);
        // Server GC, non-concurrent: what the newsframes command runs with (its project file says why).
        start.Environment["DOTNET_gcServer"] = "1";
        start.Environment["DOTNET_gcConcurrent"] = "0";
        // With one processor the runtime waits ten times longer (TC_DelaySingleProcMultiplier) before it promotes hot
        // methods to optimised code, and every new method restarts the wait: a one-core stage of a few seconds then
        // ran tier-0 code throughout (tokenize+count measured 1.63 s instead of 0.35 s). The same delay as on two
        // cores keeps the one-core figures about the code, not about when the JIT got round to it.
        start.Environment["DOTNET_TC_DelaySingleProcMultiplier"] = "1";
        string load = LoadAverage();
        using var process = Process.Start(start)!;
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"\nstage {run.Stage} failed with exit code {process.ExitCode}:\n{stdout}");
            return null;
        }
        var m = JsonSerializer.Deserialize<Measurement>(stdout.Trim().Split('\n')[^1])!;
        return m with { LoadAverage = load + " → " + LoadAverage() };
    }

    private static string Render(List<Measurement> results, PeerResult? sklearn, int[] coresList)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Machine: {Environment.ProcessorCount} cores, {CpuModel()}, {Environment.OSVersion}, .NET {Environment.Version}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"Run at {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC. MB = 10^6 bytes of UTF-8 text (Reuters-21578 TITLE + BODY). Times are the best of the repeats ('every run s' lists them all; the 8× pipeline is three processes per core count, taking turns).");
        sb.AppendLine();
        sb.AppendLine("| stage | corpus | cores | MB | documents | tokens | seconds | MB/s | M tokens/s | MB/CPU-s | speed-up | GC pause s | GC peak MB | process peak MB | allocated MB | every run s | load average (before → after) |");
        sb.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach (var m in results)
        {
            var single = results.FirstOrDefault(r => r.Stage == m.Stage && r.Replicate == m.Replicate && r.Cores == 1);
            string speedup = single is null || m.Cores == 1 ? "" : F(single.Seconds / m.Seconds, 2) + "×";
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| {m.Stage} | {m.Replicate}× | {m.Cores} | {F(m.Megabytes)} | {m.Documents:N0} | {m.Tokens:N0} | {F(m.Seconds, 3)} | {F(m.MegabytesPerSecond)} | {F(m.TokensPerSecond / 1e6, 2)} | {F(m.MegabytesPerCpuSecond)} | {speedup} | {F(m.GcPauseSeconds, 2)} | {F(m.GcPeakMegabytes)} | {F(m.ProcessPeakMegabytes)} | {F(m.AllocatedMegabytes)} | {string.Join(" ", m.Times.Select(t => F(t, 3)))} | {m.LoadAverage} |");
        }
        if (sklearn is not null)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"| peer: {sklearn.Tool} | 1× | 1 | {F(sklearn.Megabytes)} | {sklearn.Documents:N0} | {sklearn.Tokens:N0} | {F(sklearn.Seconds, 3)} | {F(sklearn.MegabytesPerSecond)} | {F(sklearn.Tokens / sklearn.Seconds / 1e6, 2)} | {F(sklearn.MegabytesPerCpuSecond)} | | | | | | {string.Join(" ", sklearn.Times.Select(t => F(t, 3)))} | {sklearn.LoadAverage} |");
        sb.AppendLine();

        Measurement? Find(string stage, int replicate, int cores) =>
            results.FirstOrDefault(r => r.Stage == stage && r.Replicate == replicate && r.Cores == cores);
        var count1 = Find("tokenize+count", 1, 1);
        int maxReplicate = results.Max(r => r.Replicate);
        int maxCores = coresList.Max();
        sb.AppendLine("Targets (issue 8):");
        if (sklearn is not null && count1 is not null)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"- tokenize+count vs scikit-learn, one core, same text: {F(count1.MegabytesPerSecond)} / {F(sklearn.MegabytesPerSecond)} MB/s = **{F(count1.MegabytesPerSecond / sklearn.MegabytesPerSecond, 2)}×** wall time; per CPU-second {F(count1.MegabytesPerCpuSecond)} / {F(sklearn.MegabytesPerCpuSecond)} = **{F(count1.MegabytesPerCpuSecond / sklearn.MegabytesPerCpuSecond, 2)}×** (target ≥ 4×)");
        var tokenize1 = Find("tokenize", 1, 1);
        if (sklearn is not null && tokenize1 is not null)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"- (for comparison) the full tokenizer (tokens, offsets, flags, sentences, stems) then counted, one core: {F(tokenize1.MegabytesPerSecond)} MB/s = **{F(tokenize1.MegabytesPerSecond / sklearn.MegabytesPerSecond, 2)}×** scikit-learn");
        var pipe1 = Find("pipeline", maxReplicate, 1);
        var pipeN = Find("pipeline", maxReplicate, maxCores);
        if (pipe1 is not null)
            sb.AppendLine(CultureInfo.InvariantCulture, $"- full pipeline, one core, {maxReplicate}×: **{F(pipe1.MegabytesPerSecond)} MB/s** wall, **{F(pipe1.MegabytesPerCpuSecond)} MB per CPU-second** (target ≥ 20; aim ≥ 50)");
        if (pipe1 is not null && pipeN is not null && maxCores > 1)
            sb.AppendLine(CultureInfo.InvariantCulture, $"- full pipeline speed-up on {maxCores} cores: **{F(pipe1.Seconds / pipeN.Seconds, 2)}×** (target ≥ 1.7×)");
        var generic1 = Find("pipeline-generic", maxReplicate, 1);
        var genericN = Find("pipeline-generic", maxReplicate, maxCores);
        if (generic1 is not null)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"- (for comparison) the same pipeline through the generic loader a `newsframes` command uses (its cleaning rules; MB of cleaned text), one core, {maxReplicate}×: **{F(generic1.MegabytesPerSecond)} MB/s**{(genericN is not null && maxCores > 1 ? $", {F(generic1.Seconds / genericN.Seconds, 2)}× on {maxCores} cores" : "")}");
        var f100 = Find("frames (100 patterns)", 1, 1);
        var f10k = Find("frames (10,000 patterns)", 1, 1);
        if (f100 is not null && f10k is not null)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"- frame matching, one core: 10,000 patterns {F(f10k.Seconds, 3)} s vs 100 patterns {F(f100.Seconds, 3)} s = **{F(f10k.Seconds / f100.Seconds, 2)}×** (target ≤ 1.5×)");
        var unmet = Find("frames (100 + 9,900 never-met patterns)", 1, 1);
        if (f100 is not null && unmet is not null)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"- (for comparison) the same 100 patterns plus 9,900 whose words never occur: {F(unmet.Seconds, 3)} s = **{F(unmet.Seconds / f100.Seconds, 2)}×** the 100 patterns: the lexicon's size costs little; the partial matches its patterns start in the text cost the rest");
        var incremental = results.FirstOrDefault(r => r.Stage == "incremental" && r.Cores == maxCores) ?? results.FirstOrDefault(r => r.Stage == "incremental");
        if (incremental is not null)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"- incremental rerun, 20,000 articles + 1 new, {incremental.Cores} core(s): **{F(incremental.Seconds, 2)} s** ({incremental.Note})");
        if (pipeN is not null)
            sb.AppendLine(CultureInfo.InvariantCulture,
                $"- full pipeline peak memory, {maxReplicate}× streamed: process {F(pipeN.ProcessPeakMegabytes)} MB, GC heap {F(pipeN.GcPeakMegabytes)} MB, for {F(pipeN.Megabytes)} MB of text = **{F(pipeN.ProcessPeakMegabytes / pipeN.Megabytes, 2)}×** (target ≤ 3×)");
        return sb.ToString();
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);
}
