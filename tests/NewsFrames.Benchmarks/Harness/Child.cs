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
    public static int Run(string stage, int cores, int replicate, string data, int repeat)
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            using var self = Process.GetCurrentProcess();
            self.ProcessorAffinity = (nint)((1L << cores) - 1);
        }

        // warm-up == true: the same work on one copy of the corpus, so tiered compilation reaches its optimised code
        // before the timed runs (the warm-up is discarded).
        Func<bool, StageOutput> work;
        IReadOnlyList<Document>? inMemory = null;
        switch (stage)
        {
            case "load":
                work = warm => Workloads.Load(data, warm ? 1 : replicate, cores);
                break;
            case "tokenize+count":
            {
                inMemory = ReutersText.ReadAll(data, replicate).ToArray();
                long bytes = Workloads.Utf8Bytes(inMemory);
                var docs = inMemory;
                var warmDocs = docs.Take(docs.Count / replicate).ToArray();
                work = warm => warm ? Workloads.TokenizeAndCount(warmDocs, 0, cores) : Workloads.TokenizeAndCount(docs, bytes, cores);
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
            case "pipeline":
                work = warm => Workloads.Pipeline(data, warm ? 1 : replicate, cores);
                break;
            default:
                Console.Error.WriteLine($"unknown stage '{stage}'; stages: {string.Join(", ", Workloads.StageNames)}");
                return 2;
        }

        work(true);
        var best = double.MaxValue;
        StageOutput output = default;
        double gcPeak = 0, allocated = 0;
        for (int i = 0; i < Math.Max(1, repeat); i++)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            using var sampler = new HeapSampler();
            var clock = Stopwatch.StartNew();
            output = work(false);
            clock.Stop();
            if (clock.Elapsed.TotalSeconds < best)
            {
                best = clock.Elapsed.TotalSeconds;
                allocated = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6;
            }
            gcPeak = Math.Max(gcPeak, sampler.PeakMegabytes);
        }
        GC.KeepAlive(inMemory);

        var measurement = new Measurement
        {
            Stage = stage,
            Cores = cores,
            Replicate = replicate,
            Documents = output.Documents,
            Megabytes = output.Bytes / 1e6,
            Tokens = output.Tokens,
            Seconds = best,
            GcPeakMegabytes = gcPeak,
            ProcessPeakMegabytes = Machine.ProcessPeakMegabytes(),
            AllocatedMegabytes = allocated,
            Note = output.Note,
        };
        Console.WriteLine(JsonSerializer.Serialize(measurement));
        return 0;
    }
}
