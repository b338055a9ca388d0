using BenchmarkDotNet.Attributes;
using NewsFrames.Benchmarks.Data;

namespace NewsFrames.Benchmarks.Stages;

/// <summary>
/// Per-stage micro-benchmarks on the first 2,000 Reuters stories (about 1.6 MB of TITLE + BODY text), one thread:
/// <c>dotnet run -c Release --project tests/NewsFrames.Benchmarks -- stages --filter '*'</c>.
/// The end-to-end figures (whole corpus, cores, memory, the peer) come from the <c>harness</c> mode.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class StageBenchmarks
{
    private Document[] documents = [];
    private TokenizedDocument[] tokenized = [];
    private string[] words = [];
    private FrameMatcher defaultFrames = null!;
    private FrameMatcher frames100 = null!;
    private FrameMatcher frames10000 = null!;
    private TokenizedCorpus corpus = null!;

    [GlobalSetup]
    public void Setup()
    {
        string data = DataLocator.Reuters() ?? throw new InvalidOperationException("../shared/data/reuters21578 not found.");
        documents = ReutersText.ReadAll(data).Take(2000).ToArray();
        corpus = new Corpus(documents).Tokenize();
        tokenized = corpus.ToArray();
        words = tokenized.SelectMany(d => d.Tokens.Where(t => t.Kind == TokenKind.Word).Select(t => corpus.Vocabulary[t.Lower])).ToArray();
        var pool = Harness.Workloads.WordsByFrequency(corpus, skip: 200, take: 3000);
        defaultFrames = FrameLexicon.Default.Matcher;
        frames100 = Harness.Workloads.SyntheticLexicon(100, pool).Matcher;
        frames10000 = Harness.Workloads.SyntheticLexicon(10_000, pool).Matcher;
        // Fill the matchers' per-vocabulary symbol caches, as a long run would have.
        foreach (var d in tokenized.Take(200))
        {
            defaultFrames.Match(d);
            frames100.Match(d);
            frames10000.Match(d);
        }
    }

    [Benchmark(Description = "load+clean: parse one SGML file (reut2-000.sgm)")]
    public int LoadOneFile() => ReutersSgml.ReadDocuments(Path.Combine(DataLocator.Reuters()!, "reut2-000.sgm")).Count;

    [Benchmark(Description = "tokenize+count: CountTerms, lower-case forms (fresh vocabulary)")]
    public long TokenizeAndCount() => documents.CountTerms(TallyUnit.Lower, maxDegreeOfParallelism: 1).TokenCount;

    [Benchmark(Description = "tokenize: full tokens, sentences, stems, then counted (fresh vocabulary)")]
    public long TokenizeFully()
    {
        var vocabulary = new Vocabulary();
        var tally = new TermTally(vocabulary, TallyUnit.Lower);
        foreach (var d in documents) tally.Add(Tokenizer.Tokenize(d, vocabulary));
        return tally.TokenCount;
    }

    [Benchmark(Description = "Porter2 stemmer, every word token, uncached")]
    public int Stems()
    {
        int total = 0;
        foreach (var w in words) total += EnglishStemmer.Stem(w).Length;
        return total;
    }

    [Benchmark(Description = "frames: default lexicon")]
    public int FramesDefault() => tokenized.Sum(d => defaultFrames.Match(d).Count);

    [Benchmark(Description = "frames: 100 synthetic patterns")]
    public int Frames100() => tokenized.Sum(d => frames100.Match(d).Count);

    [Benchmark(Description = "frames: 10,000 synthetic patterns")]
    public int Frames10000() => tokenized.Sum(d => frames10000.Match(d).Count);

    [Benchmark(Description = "entities + sentence co-occurrence (default gazetteer)")]
    public int EntitiesAndCooccurrence() => corpus.Entities().Cooccurrence().Count;
}
