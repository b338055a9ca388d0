using System.Diagnostics;
using NewsFrames.Benchmarks.Data;

namespace NewsFrames.Benchmarks.Harness;

/// <summary>
/// A quick loop for tuning: tokenize+count on one thread, reporting CPU time beside wall time, because CPU time
/// stays meaningful on a busy shared machine where wall time does not.
/// </summary>
internal static class Profile
{
    /// <summary>
    /// A digest of everything the tokenizer produces on the corpus (offsets, kinds, flags, form/lower/stem texts, parts,
    /// sentences), to prove that a faster tokenizer gives exactly the same tokens as the one before it.
    /// </summary>
    public static int Checksum(string data, string? corpus)
    {
        var docs = corpus is null ? ReutersText.ReadAll(data).ToArray() : Corpus.Load(corpus).ToArray();
        var vocabulary = new Vocabulary();
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        long tokens = 0;
        foreach (var doc in docs.TokenizeStream(vocabulary, 1))
        {
            var sb = new System.Text.StringBuilder();
            foreach (var t in doc.Tokens.Concat(doc.Parts))
                sb.Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"{t.Start},{t.Length},{vocabulary[t.Form]},{vocabulary[t.Lower]},{vocabulary[t.Stem]},{t.Kind},{t.Flags},{t.FirstPart},{t.PartCount};");
            foreach (var s in doc.Sentences) sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"[{s.Start},{s.End},{s.FirstToken},{s.TokenCount},{s.Paragraph}]");
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(sb.ToString()));
            tokens += doc.Tokens.Count;
        }
        Console.WriteLine($"{Convert.ToHexString(sha.GetHashAndReset())} {tokens:N0} tokens, vocabulary {vocabulary.Count:N0}");
        return 0;
    }

    /// <summary>
    /// A digest of every frame hit on the corpus (document, frame, pattern, offsets, sentence) for the lexicons of the
    /// frame stages — the default one, 100, 1,000 and 10,000 synthetic patterns, and 10,000 with never-met ones — to
    /// prove that a faster matcher finds exactly the hits of the one before it.
    /// </summary>
    public static int HitsDigest(string data)
    {
        var tokens = new Corpus(ReutersText.ReadAll(data)).Tokenize();
        var lexicons = new[] { ("frames", 0), ("frames", 100), ("frames", 1_000), ("frames", 10_000), ("frames-unmet", 10_000) }
            .Select(s => ($"{s.Item1} {s.Item2,6}", Workloads.FrameStageLexicon(s.Item1, s.Item2, tokens)))
            .Append(("gaps   1000", GappyLexicon(tokens)));
        foreach (var (name, lexicon) in lexicons)
        {
            var matcher = lexicon.Matcher;
            using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
            long hits = 0;
            foreach (var doc in tokens)
                foreach (var hit in matcher.Match(doc))
                {
                    sha.AppendData(System.Text.Encoding.UTF8.GetBytes(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"{hit.Document}|{hit.Frame}|{hit.Pattern}|{hit.Start}|{hit.End}|{hit.SentenceIndex}|{hit.Matched}|{hit.Sentence}\n")));
                    hits++;
                }
            Console.WriteLine($"{name}: {hits,6:N0} hits {Convert.ToHexString(sha.GetHashAndReset())}");
        }
        return 0;
    }

    /// <summary>
    /// Frame matching with 100 and with 10,000 synthetic patterns (and 100 + 9,900 never-met ones), interleaved in one
    /// process on one thread, so that a busy or drifting machine slows all three alike: the ratio to the 100 patterns
    /// is steadier than from separate runs.
    /// </summary>
    public static int FramesRatio(string data, int rounds)
    {
        var tokens = new Corpus(ReutersText.ReadAll(data)).Tokenize();
        var documents = tokens.ToArray();
        var matchers = new[] { ("frames", 100), ("frames", 10_000), ("frames-unmet", 10_000) }
            .Select(s => (Name: $"{s.Item1} {s.Item2}", Matcher: Workloads.FrameStageLexicon(s.Item1, s.Item2, tokens).Matcher)).ToArray();
        var times = matchers.Select(_ => new List<double>()).ToArray();
        for (int round = -3; round < rounds; round++)
            for (int m = 0; m < matchers.Length; m++)
            {
                var clock = Stopwatch.StartNew();
                foreach (var doc in documents) matchers[m].Matcher.Match(doc);
                if (round >= 0) times[m].Add(clock.Elapsed.TotalSeconds);
            }
        double Median(List<double> t) => t.Order().ElementAt(t.Count / 2);
        for (int m = 0; m < matchers.Length; m++)
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{matchers[m].Name,-20} min {times[m].Min():F4} s, median {Median(times[m]):F4} s; ratio to 100: min {times[m].Min() / times[0].Min():F2}, median {Median(times[m]) / Median(times[0]):F2}"));
        return 0;
    }

    /// <summary>
    /// What the streamed pipeline allocates, by type: the runtime's allocation samples (one event per ~100 KB
    /// allocated, naming the type of the object that crossed the mark), so the biggest allocators stand out.
    /// </summary>
    public static int Allocations(string data, int replicate, int degree, bool generic = false)
    {
        using var listener = new AllocationListener();
        if (generic) Workloads.PipelineGeneric(data, replicate, degree, 0);
        else Workloads.Pipeline(data, replicate, degree);
        long total = listener.Bytes.Values.Sum();
        foreach (var (type, bytes) in listener.Bytes.OrderByDescending(kv => kv.Value).Take(25))
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1e6,10:F0} MB {100.0 * bytes / total,5:F1}%  {type}"));
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{total / 1e6,10:F0} MB sampled in all"));
        return 0;
    }

    private sealed class AllocationListener : System.Diagnostics.Tracing.EventListener
    {
        public readonly System.Collections.Concurrent.ConcurrentDictionary<string, long> Bytes = new();

        protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
        {
            // The GC keyword (0x1) at verbose level carries GCAllocationTick.
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
                EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }

        protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.PayloadNames is null) return;
            int typeAt = e.PayloadNames.IndexOf("TypeName"), amountAt = e.PayloadNames.IndexOf("AllocationAmount64");
            if (typeAt < 0 || amountAt < 0) return;
            Bytes.AddOrUpdate((string)e.Payload![typeAt]!, Convert.ToInt64(e.Payload[amountAt], System.Globalization.CultureInfo.InvariantCulture),
                (_, sum) => sum + Convert.ToInt64(e.Payload[amountAt], System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// 1,000 patterns of frequent words (ranks 20-400) with gaps between all of them, some short, some longer than the
    /// matcher's gap filter looks, some two in a row: many overlapping hits, and every path of the gap walk.
    /// </summary>
    private static FrameLexicon GappyLexicon(TokenizedCorpus tokens)
    {
        var words = Workloads.WordsByFrequency(tokens, skip: 20, take: 380);
        var random = new Random(5);
        string[] gaps = ["[0-1]", "[0-3]", "[1-2]", "[2-12]", "[0-20]"];
        var yaml = new System.Text.StringBuilder("frames:\n");
        for (int f = 0; f < 10; f++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"  - id: g{f}\n    label: Gaps {f}\n    description: generated\n    patterns:\n");
            for (int p = 0; p < 100; p++)
            {
                var parts = new List<string> { words[random.Next(words.Length)] };
                for (int k = 1 + random.Next(3); k > 0; k--)
                {
                    if (random.Next(4) > 0) parts.Add(gaps[random.Next(gaps.Length)]);
                    parts.Add(words[random.Next(words.Length)]);
                }
                yaml.Append("      - \"").Append(string.Join(' ', parts)).Append("\"\n");
            }
        }
        return FrameLexicon.Parse(yaml.ToString(), "gaps-1000");
    }

    /// <summary>Where tokenize+count spends its time: scanning, sentence splitting, counting (CPU seconds, one thread).</summary>
    public static int Parts(string data, int rounds)
    {
        var docs = ReutersText.ReadAll(data).ToArray();
        long bytes = Workloads.Utf8Bytes(docs);
        var vocabulary = new Vocabulary();
        var tokens = new List<Token>();
        var parts = new List<Token>();
        using var self = Process.GetCurrentProcess();
        double Cpu(Action action)
        {
            self.Refresh();
            var before = self.TotalProcessorTime;
            action();
            self.Refresh();
            return (self.TotalProcessorTime - before).TotalSeconds;
        }
        for (int round = 0; round < rounds; round++)
        {
            double scan = Cpu(() =>
            {
                foreach (var d in docs)
                {
                    tokens.Clear();
                    parts.Clear();
                    Tokenizer.Scan(d.Text, vocabulary, tokens, parts);
                }
            });
            double full = Cpu(() =>
            {
                foreach (var d in docs) Tokenizer.Tokenize(d, vocabulary);
            });
            var tally = new TermTally(vocabulary);
            var tokenized = docs.Take(5000).Select(d => Tokenizer.Tokenize(d, vocabulary)).ToArray();
            double count = Cpu(() =>
            {
                for (int k = 0; k < 4; k++)
                    foreach (var d in tokenized) tally.Add(d);
            });
            double stream = Cpu(() => Workloads.TokenizeAndCount(docs, bytes, 1));
            Console.WriteLine($"scan {scan:F3}s ({bytes / 1e6 / scan:F0} MB/s); tokenize (scan+sentences+arrays) {full:F3}s; " +
                $"tally of 20,000 docs {count:F3}s; tokenize+count stream {stream:F3}s ({bytes / 1e6 / stream:F0} MB/s); load {Machine.LoadAverage()}");
        }
        return 0;
    }

    public static int Run(string data, int rounds)
    {
        var docs = ReutersText.ReadAll(data).ToArray();
        long bytes = Workloads.Utf8Bytes(docs);
        using var self = Process.GetCurrentProcess();
        for (int round = 0; round < rounds; round++)
        {
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var output = Workloads.TokenizeAndCount(docs, bytes, 1);
            clock.Stop();
            self.Refresh();
            double cpuSeconds = (self.TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"round {round}: wall {clock.Elapsed.TotalSeconds:F3} s ({bytes / 1e6 / clock.Elapsed.TotalSeconds:F1} MB/s), " +
                $"cpu {cpuSeconds:F3} s ({bytes / 1e6 / cpuSeconds:F1} MB/s), {output.Tokens:N0} tokens, {output.Note}, load {Machine.LoadAverage()}");
        }
        return 0;
    }
}
