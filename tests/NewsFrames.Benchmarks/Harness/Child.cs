using System.Diagnostics;
using System.Text.Json;
using NewsFrames.Benchmarks.Data;

namespace NewsFrames.Benchmarks.Harness;

/// <summary>
/// One stage in a fresh process pinned to N cores: the parent starts it, so that peak memory is the stage's own
/// and the core limit holds for the runtime's thread pool too (DOTNET_PROCESSOR_COUNT plus the affinity mask).
/// Prints one JSON <see cref="Measurement"/> on its last line.
/// </summary>
internal static class Child
{
    public static int Run(string stage, int cores, int replicate, string data, int repeat, int patterns)
    {
        Action? prepare = null;
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            using var self = Process.GetCurrentProcess();
            self.ProcessorAffinity = (nint)((1L << cores) - 1);
        }

        // warm-up == true: the same work on one copy of the corpus, so tiered compilation reaches its optimised code
        // before the timed runs (the warm-up is discarded).
        Func<bool, StageOutput> work;
        object? keepAlive = null;
        string setupNote = "";
        switch (stage)
        {
            case "load":
                work = warm => Workloads.Load(data, warm ? 1 : replicate, cores);
                break;
            case "tokenize+count":
            case "tokenize":
            {
                var docs = ReutersText.ReadAll(data, replicate).ToArray();
                keepAlive = docs;
                long bytes = Workloads.Utf8Bytes(docs);
                var warmDocs = docs.Take(docs.Length / replicate).ToArray();
                Func<IReadOnlyList<Document>, long, int, StageOutput> stageWork = stage == "tokenize" ? Workloads.Tokenize : Workloads.TokenizeAndCount;
                work = warm => warm ? stageWork(warmDocs, 0, cores) : stageWork(docs, bytes, cores);
                break;
            }
            case "stems":
            {
                var docs = ReutersText.ReadAll(data, replicate).ToArray();
                long bytes = Workloads.Utf8Bytes(docs);
                var words = Workloads.WordsOf(docs);
                var warmWords = words.Take(words.Length / replicate).ToArray();
                work = warm => Workloads.Stems(warm ? warmWords : words, bytes, cores);
                break;
            }
            case "frames":
            case "frames-unmet":
            {
                var docs = ReutersText.ReadAll(data, replicate).ToArray();
                long bytes = Workloads.Utf8Bytes(docs);
                var tokens = new Corpus(docs).Tokenize();
                keepAlive = tokens;
                long tokenCount = tokens.Sum(d => (long)d.Tokens.Count);
                var lexicon = Workloads.FrameStageLexicon(stage, patterns, tokens);
                var clock = Stopwatch.StartNew();
                var matcher = lexicon.Matcher;
                setupNote = $"compiled in {clock.Elapsed.TotalSeconds:F2} s ({matcher.NodeCount:N0} nodes); ";
                var array = tokens.ToArray();
                // The warm-up matches the whole corpus: a matcher resolves each vocabulary word's symbols the first time
                // it meets the word (as it compiles its lexicon, once), and a warm-up on the first 2,000 stories left
                // 100,000 words to resolve in the first timed run (0.15 s on 10,000 patterns against 0.03 s after),
                // with the next runs still settling on two cores.
                work = warm => Workloads.Frames(array, matcher, warm ? 0 : bytes, warm ? 0 : tokenCount, cores);
                break;
            }
            case "entities":
            {
                var docs = ReutersText.ReadAll(data, replicate).ToArray();
                long bytes = Workloads.Utf8Bytes(docs);
                var tokens = new Corpus(docs).Tokenize();
                keepAlive = tokens;
                long tokenCount = tokens.Sum(d => (long)d.Tokens.Count);
                var warmTokens = new Corpus(docs.Take(2000)).Tokenize();
                work = warm => warm ? Workloads.Entities(warmTokens, 0, 0) : Workloads.Entities(tokens, bytes, tokenCount);
                break;
            }
            case "report":
            {
                var cleaned = ReutersText.ReadCleaned(data, replicate).ToArray();
                long bytes = cleaned.Sum(c => c.InputBytes);
                var corpus = new Corpus(cleaned.Select(c => c.Document));
                keepAlive = corpus;
                var warmCorpus = new Corpus(cleaned.Take(500).Select(c => c.Document));
                work = warm => Workloads.Report(warm ? warmCorpus : corpus, warm ? 0 : bytes);
                break;
            }
            case "incremental":
            {
                var stories = ReutersText.ReadCleaned(data, 1).Select(c => c.Document).ToArray();
                keepAlive = stories;
                // Each timed call starts from a fresh cache filled by an untimed first run over 20,000 articles.
                Func<StageOutput>? prepared = null;
                work = warm =>
                {
                    if (warm) return Workloads.Incremental(stories, 2000, cores).Rerun();
                    return prepared!();
                };
                prepare = () => prepared = Workloads.Incremental(stories, 20_000, cores).Rerun;
                break;
            }
            case "pipeline":
                work = warm => Workloads.Pipeline(data, warm ? 1 : replicate, cores);
                break;
            case "pipeline-generic":
            {
                long bytesPerCopy = CorpusStream.Read(data).Sum(d => (long)System.Text.Encoding.UTF8.GetByteCount(d.Text));
                work = warm => Workloads.PipelineGeneric(data, warm ? 1 : replicate, cores, bytesPerCopy);
                break;
            }
            default:
                Console.Error.WriteLine($"unknown stage '{stage}'; stages: {string.Join(", ", Workloads.StageNames)}");
                return 2;
        }

        // Warm up until the hot code is optimised: one warm-up run was not enough for stages that take a tenth of a
        // second (frames with 100 patterns timed 0.09 s best of three, 0.035 s once the JIT had caught up, and the
        // background compiler's CPU time was counted in the stage's). At least a second of warm-up work and 60 rounds
        // (or five seconds), then a pause for the tiered compiler's pending promotions: a method called once per run
        // needs about 60 calls to reach its final optimised code (30 to be instrumented, 30 more with profile data),
        // and with 30 rounds the entities stage timed 0.34, 0.32, 0.25, 0.09, 0.07 s in its five runs (0.09 s every
        // run with tiered compilation off).
        var warmUp = Stopwatch.StartNew();
        for (int round = 0; ; round++)
        {
            double elapsed = warmUp.Elapsed.TotalSeconds;
            if (round >= 2 && elapsed >= 1.0 && (round >= 60 || elapsed >= 5.0)) break;
            work(true);
        }
        // A replicated corpus also gets one untimed run at full size: the warm-up on one copy left the first timed 8x
        // pipeline run 15-20% slower than the next two (3.33, 2.79, 2.82 s on one core; 1.91, 1.66, 1.59 s on two):
        // the garbage collector was still sizing itself to the larger run.
        if (replicate > 1) work(false);
        Thread.Sleep(500);
        var best = double.MaxValue;
        StageOutput output = default;
        double gcPeak = 0, allocated = 0, bestCpu = 0, bestPause = 0;
        var times = new List<double>();
        for (int i = 0; i < Math.Max(1, repeat); i++)
        {
            prepare?.Invoke();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            using var sampler = new HeapSampler();
            using var self = Process.GetCurrentProcess();
            var cpuBefore = self.TotalProcessorTime;
            var pauseBefore = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            output = work(false);
            clock.Stop();
            self.Refresh();
            double cpuSeconds = (self.TotalProcessorTime - cpuBefore).TotalSeconds;
            times.Add(clock.Elapsed.TotalSeconds);
            if (clock.Elapsed.TotalSeconds < best)
            {
                best = clock.Elapsed.TotalSeconds;
                bestCpu = cpuSeconds;
                bestPause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
                allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6;
            }
            gcPeak = Math.Max(gcPeak, sampler.PeakMegabytes);
        }
        GC.KeepAlive(keepAlive);

        var measurement = new Measurement
        {
            Stage = stage,
            Cores = cores,
            Replicate = replicate,
            Documents = output.Documents,
            Megabytes = output.Bytes / 1e6,
            Tokens = output.Tokens,
            Seconds = best,
            Times = [.. times],
            CpuSeconds = bestCpu,
            GcPauseSeconds = bestPause,
            GcPeakMegabytes = gcPeak,
            ProcessPeakMegabytes = Machine.ProcessPeakMegabytes(),
            AllocatedMegabytes = allocated,
            Note = setupNote + output.Note,
        };
        Console.WriteLine(JsonSerializer.Serialize(measurement));
        return 0;
    }
}
