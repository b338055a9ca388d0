using System.Text;
using NewsFrames.Benchmarks.Data;

namespace NewsFrames.Benchmarks.Harness;

/// <summary>What one stage produced: enough to compute MB/s and tokens/s, and to check two runs did the same work.</summary>
internal readonly record struct StageOutput(long Documents, long Bytes, long Tokens, string Note = "");

/// <summary>
/// The stages the harness times. Each takes its input the way a user's run would have it and returns the
/// volume processed; the timing, cores and memory are the harness's business.
/// </summary>
internal static class Workloads
{
    public static readonly string[] StageNames = ["load", "tokenize+count", "tokenize", "stems", "frames", "frames-unmet", "entities", "report", "incremental", "pipeline", "pipeline-generic"];

    /// <summary>Bytes of UTF-8 text in the documents (what "MB" means in every figure).</summary>
    public static long Utf8Bytes(IEnumerable<Document> documents) => documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));

    /// <summary>
    /// Read, decode and parse the SGML files from disk into cleaned documents with the library's reader (paragraphs
    /// joined, sign-off removed); nothing kept. MB counts the TITLE + BODY text, like every other stage.
    /// </summary>
    public static StageOutput Load(string folder, int replicate, int degree)
    {
        var files = Enumerable.Range(0, replicate).SelectMany(copy => ReutersText.Files(folder).Select(f => (f, copy))).ToArray();
        long docs = 0, bytes = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = degree };
        Parallel.ForEach(files, options, () => (Docs: 0L, Bytes: 0L), (item, _, local) =>
        {
            foreach (var (document, input) in ReutersSgml.ReadDocuments(item.f))
            {
                if (input == 0) continue;
                local.Docs++;
                local.Bytes += input;
                GC.KeepAlive(document);
            }
            return local;
        }, local =>
        {
            Interlocked.Add(ref docs, local.Docs);
            Interlocked.Add(ref bytes, local.Bytes);
        });
        return new StageOutput(docs, bytes, 0);
    }

    /// <summary>
    /// What scikit-learn's CountVectorizer does: every document's tokens counted by lower-case form, with document
    /// frequencies (<see cref="CorpusStream.CountTerms"/>: the tokenizer's own scan, each token counted as it is found;
    /// no token arrays, sentences or stems). The documents are already in memory.
    /// </summary>
    public static StageOutput TokenizeAndCount(IReadOnlyList<Document> documents, long bytes, int degree)
    {
        var vocabulary = new Vocabulary();
        var tally = documents.CountTerms(TallyUnit.Lower, degree, vocabulary);
        return new StageOutput(tally.DocumentCount, bytes, tally.TokenCount, $"vocabulary {vocabulary.Count:N0}");
    }

    /// <summary>
    /// The full tokenizer every analysis starts from: tokens with offsets, kinds, flags, hyphen parts, sentences and
    /// interned form/lower/stem ids, each document then counted by lower-case form. The documents are already in
    /// memory; the tokens are dropped after counting, as a streaming run would.
    /// </summary>
    public static StageOutput Tokenize(IReadOnlyList<Document> documents, long bytes, int degree)
    {
        var vocabulary = new Vocabulary();
        var tally = new TermTally(vocabulary, TallyUnit.Lower);
        foreach (var doc in documents.TokenizeStream(vocabulary, degree)) tally.Add(doc);
        return new StageOutput(tally.DocumentCount, bytes, tally.TokenCount, $"vocabulary {vocabulary.Count:N0}");
    }

    /// <summary>The Porter2 stemmer alone, uncached: every word token's lower-case form stemmed.</summary>
    public static StageOutput Stems(IReadOnlyList<string[]> words, long bytes, int degree)
    {
        long tokens = 0;
        Parallel.For(0, words.Count, new ParallelOptions { MaxDegreeOfParallelism = degree }, () => 0L, (i, _, local) =>
        {
            foreach (var w in words[i]) local += EnglishStemmer.Stem(w).Length > 0 ? 1 : 0;
            return local;
        }, local => Interlocked.Add(ref tokens, local));
        return new StageOutput(words.Count, bytes, tokens);
    }

    /// <summary>The lower-case word tokens of each document, for the stemmer stage.</summary>
    public static string[][] WordsOf(IReadOnlyList<Document> documents)
    {
        var vocabulary = new Vocabulary();
        return documents.TokenizeStream(vocabulary)
            .Select(d => d.Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => vocabulary[t.Lower]).ToArray())
            .ToArray();
    }

    /// <summary>
    /// The whole pipeline, streamed from disk in one pass: read and clean (the library's Reuters reader), tokenize
    /// (sentences, stems), count stems, match the default frame lexicon and gazetteer, then sentence co-occurrence.
    /// Nothing but the running results is kept.
    /// </summary>
    public static StageOutput Pipeline(string folder, int replicate, int degree)
    {
        long bytes = 0;
        var documents = ReutersText.ReadCleaned(folder, replicate, degree).Select(item =>
        {
            bytes += item.InputBytes;
            return item.Document;
        });
        return Analyze(documents, degree, bytesOf: () => bytes, "");
    }

    /// <summary>The analysis both pipeline stages time after reading: <c>AnalyzeStream</c>, then co-occurrence.</summary>
    private static StageOutput Analyze(IEnumerable<Document> documents, int degree, Func<long> bytesOf, string notePrefix)
    {
        var run = documents.AnalyzeStream(new StreamingOptions { MaxDegreeOfParallelism = degree });
        var pairs = run.Entities!.Cooccurrence();
        return new StageOutput(run.Documents, bytesOf(), run.Terms.TokenCount,
            $"{notePrefix}{run.Frames!.Hits.Count:N0} frame hits, {run.Entities!.Count:N0} entity mentions, {pairs.Count:N0} co-occurring pairs");
    }

    /// <summary>
    /// The pipeline as a <c>newsframes</c> command runs it on a folder: <see cref="CorpusStream.Read"/> (the generic
    /// loader: every format, the cleaning rules; for .sgm files it keeps title-only stories) on the stage's cores,
    /// <paramref name="replicate"/> times over, then the same <c>AnalyzeStream</c> and co-occurrence as
    /// <see cref="Pipeline"/>. MB is the cleaned text's UTF-8 bytes, <paramref name="bytesPerCopy"/> per pass (counted
    /// before timing).
    /// </summary>
    public static StageOutput PipelineGeneric(string folder, int replicate, int degree, long bytesPerCopy)
    {
        var documents = Enumerable.Range(0, replicate).SelectMany(_ => CorpusStream.Read(folder, degree));
        return Analyze(documents, degree, bytesOf: () => bytesPerCopy * replicate, "generic loader; ");
    }

    /// <summary>Frame matching alone over documents already tokenized (the lexicon compiled before timing).</summary>
    public static StageOutput Frames(TokenizedDocument[] documents, FrameMatcher matcher, long bytes, long tokens, int degree)
    {
        long hits = 0;
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = degree }, () => 0L,
            (i, _, local) => local + matcher.Match(documents[i]).Count, local => Interlocked.Add(ref hits, local));
        return new StageOutput(documents.Length, bytes, tokens, $"{matcher.PatternCount:N0} patterns, {hits:N0} hits");
    }

    /// <summary>Entity matching (matcher compiled over the corpus vocabulary) and sentence co-occurrence, over a tokenized corpus.</summary>
    public static StageOutput Entities(TokenizedCorpus corpus, long bytes, long tokens)
    {
        var mentions = corpus.Entities();
        var pairs = mentions.Cooccurrence();
        return new StageOutput(corpus.Count, bytes, tokens, $"{mentions.Count:N0} mentions, {pairs.Count:N0} pairs");
    }

    /// <summary>The whole HTML report (HtmlReport.Build) on an in-memory corpus.</summary>
    public static StageOutput Report(Corpus corpus, long bytes)
    {
        var report = HtmlReport.Build(corpus);
        return new StageOutput(corpus.Count, bytes, 0, $"report built ({report.GetType().Name})");
    }

    /// <summary>
    /// Words of the corpus (letters only, lower case) by falling frequency, ranks <paramref name="skip"/> to
    /// <paramref name="skip"/> + <paramref name="take"/>: the vocabulary synthetic lexicons are drawn from.
    /// </summary>
    public static string[] WordsByFrequency(TokenizedCorpus tokens, int skip, int take)
    {
        var tally = new TermTally(tokens.Vocabulary, TallyUnit.Lower);
        foreach (var d in tokens) tally.Add(d);
        return tally.Terms().Where(t => t.Term.All(char.IsLetter)).Skip(skip).Take(take).Select(t => t.Term).ToArray();
    }

    /// <summary>
    /// The lexicon of a frame stage: the default one (<paramref name="patterns"/> 0), or a synthetic one over
    /// mid-frequency words of the corpus (ranks 500-5,500: frequent enough to match, not so frequent that hits swamp
    /// matching), with never-met patterns added for the "frames-unmet" stage.
    /// </summary>
    public static FrameLexicon FrameStageLexicon(string stage, int patterns, TokenizedCorpus tokens)
    {
        if (patterns == 0) return FrameLexicon.Default;
        var pool = WordsByFrequency(tokens, skip: 500, take: 5000);
        return stage == "frames-unmet" ? SyntheticLexiconWithUnmet(patterns, pool, tokens.Vocabulary) : SyntheticLexicon(patterns, pool);
    }

    /// <summary>
    /// A synthetic frame lexicon of <paramref name="patterns"/> patterns over words of the corpus (seeded): two or
    /// three words (phrases, like a real lexicon's), a word in five with a wildcard, a gap in ten bounded to 0-2
    /// tokens, spread over 50 frames.
    /// </summary>
    public static FrameLexicon SyntheticLexicon(int patterns, IReadOnlyList<string> words, int seed = 8) =>
        FrameLexicon.Parse("frames:\n" + SyntheticFrames(patterns, words, seed, "f"), $"synthetic-{patterns}");

    /// <summary>
    /// The 100-pattern lexicon of <see cref="SyntheticLexicon"/> (the same patterns) plus patterns of the same shapes
    /// over made-up words that never occur in the corpus, up to <paramref name="patterns"/> in all: the lexicon grows
    /// a hundredfold while the matching work the text causes stays that of the 100 patterns. It separates what the
    /// number of patterns costs from what the partial matches they start cost.
    /// </summary>
    public static FrameLexicon SyntheticLexiconWithUnmet(int patterns, IReadOnlyList<string> words, Vocabulary corpusVocabulary, int seed = 8)
    {
        var random = new Random(seed + 1);
        var absent = new List<string>();
        while (absent.Count < 5000)
        {
            // "zq" starts no English word, so neither the word nor its four-letter wildcard ("zqab*") can match.
            var word = "zq" + new string(Enumerable.Range(0, 4 + random.Next(4)).Select(_ => (char)('a' + random.Next(26))).ToArray());
            if (!corpusVocabulary.TryGetId(word, out _)) absent.Add(word);
        }
        return FrameLexicon.Parse("frames:\n" + SyntheticFrames(100, words, seed, "f") + SyntheticFrames(patterns - 100, absent, seed, "unmet"),
            $"synthetic-{patterns}-unmet");
    }

    private static string SyntheticFrames(int patterns, IReadOnlyList<string> words, int seed, string idPrefix)
    {
        var random = new Random(seed);
        var yaml = new StringBuilder();
        int frames = Math.Min(50, patterns);
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (int f = 0; f < frames; f++)
        {
            yaml.Append("  - id: ").Append(idPrefix).Append(f).Append("\n    label: Synthetic ").Append(idPrefix).Append(' ').Append(f)
                .Append("\n    description: generated\n    patterns:\n");
            int count = patterns / frames + (f < patterns % frames ? 1 : 0);
            for (int p = 0; p < count; p++)
            {
                string pattern;
                do
                {
                    int length = 2 + random.Next(2);
                    var parts = new List<string>();
                    for (int k = 0; k < length; k++)
                    {
                        string w = words[random.Next(words.Count)];
                        if (random.Next(5) == 0 && w.Length > 4) w = w[..4] + "*";
                        parts.Add(w);
                        if (k < length - 1 && random.Next(10) == 0) parts.Add("[0-2]");
                    }
                    pattern = string.Join(' ', parts);
                }
                while (!used.Add(pattern));
                yaml.Append("      - \"").Append(pattern).Append("\"\n");
            }
        }
        return yaml.ToString();
    }

    /// <summary>
    /// Incremental rerun: the first <paramref name="articles"/> stories analysed into a fresh cache, then the same plus
    /// one new story; reports the rerun (timed by the caller) and how many documents each run processed.
    /// </summary>
    public static (Func<StageOutput> Rerun, string FirstRun) Incremental(IReadOnlyList<Document> stories, int articles, int degree)
    {
        string cache = Path.Combine(Path.GetTempPath(), $"newsframes-bench-cache-{Environment.ProcessId}.db");
        File.Delete(cache);
        var options = new IncrementalOptions { CachePath = cache, MaxDegreeOfParallelism = degree };
        var corpus = stories.Take(articles).ToArray();
        var grown = stories.Take(articles + 1).ToArray();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var first = IncrementalAnalysis.Run(corpus, options);
        string firstRun = $"first run {first.Processed:N0} processed in {clock.Elapsed.TotalSeconds:F1} s";
        long bytes = Utf8Bytes(grown);
        return (() =>
        {
            var rerun = IncrementalAnalysis.Run(grown, options);
            File.Delete(cache);
            return new StageOutput(grown.Length, bytes, rerun.Terms.TokenCount, $"rerun: {rerun.Processed} processed, {rerun.Reused:N0} from cache; {firstRun}");
        }, firstRun);
    }
}
