using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>Options of an incremental run.</summary>
public sealed record IncrementalOptions
{
    /// <summary>The cache file (LiteDB). Default: <c>.newsframes-cache.db</c> in the working folder.</summary>
    public string CachePath { get; init; } = ".newsframes-cache.db";

    /// <summary>The frame lexicon; null for <see cref="FrameLexicon.Default"/>.</summary>
    public FrameLexicon? Lexicon { get; init; }

    /// <summary>The form terms are counted by.</summary>
    public TallyUnit Unit { get; init; } = TallyUnit.Stem;

    /// <summary>Match entities. Default on.</summary>
    public bool Entities { get; init; } = true;

    /// <summary>The gazetteer; null for <see cref="Gazetteer.Default"/>.</summary>
    public Gazetteer? Gazetteer { get; init; }

    /// <summary>Entity matching options; null for the defaults.</summary>
    public EntityMatchOptions? EntityOptions { get; init; }

    /// <summary>
    /// Anything else the results depend on; part of the cache fingerprint, so a change invalidates the cache.
    /// </summary>
    public IReadOnlyList<string> ExtraFingerprint { get; init; } = [];

    /// <summary>Threads for the documents that must be processed (-1: all cores).</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;
}

/// <summary>
/// Term counts, frames and entity mentions over a corpus, reusing the per-document results of earlier runs: only
/// documents whose content key is not in the cache are tokenized and matched. The results equal those of a run
/// without a cache. Entity results refer to documents kept without text (as <see cref="StreamingAnalyses.EntitiesStream"/>'s
/// do): counts and co-occurrence work on them; evidence sentences need the in-memory path.
/// </summary>
/// <example>
/// <code>
/// var run = IncrementalAnalysis.Run(CorpusStream.Read("articles"), new IncrementalOptions { CachePath = "articles.cache.db" });
/// Console.WriteLine($"{run.Processed} processed, {run.Reused} from the cache");
/// run.Frames.BySource().ToDataFrame();
/// run.Terms.ToDataFrame();
/// run.Entities!.Cooccurrence().ToDataFrame();
/// </code>
/// </example>
public sealed class IncrementalAnalysis : ITabularResult
{
    /// <summary>Bump when the payload layout changes.</summary>
    private const string PayloadVersion = "incremental-payload/2";

    private const int BatchSize = 256;

    private IncrementalAnalysis(TermTally terms, FrameAnalysis frames, EntityMentions? entities, int processed, int reused, bool invalidated, string fingerprint, TimeSpan elapsed)
    {
        Terms = terms;
        Frames = frames;
        Entities = entities;
        Processed = processed;
        Reused = reused;
        Invalidated = invalidated;
        Fingerprint = fingerprint;
        Elapsed = elapsed;
    }

    /// <summary>Term counts and document frequencies over the whole corpus.</summary>
    public TermTally Terms { get; }

    /// <summary>The frames over the whole corpus (the same as <c>corpus.Frames(lexicon)</c>).</summary>
    public FrameAnalysis Frames { get; }

    /// <summary>The entity mentions (the same as <c>corpus.Entities(gazetteer, options)</c>), or null when entities are off.</summary>
    public EntityMentions? Entities { get; }

    /// <summary>Documents tokenized and matched in this run.</summary>
    public int Processed { get; }

    /// <summary>Documents whose results came from the cache.</summary>
    public int Reused { get; }

    /// <summary>True when the cache held results of another configuration and was emptied.</summary>
    public bool Invalidated { get; }

    /// <summary>The configuration fingerprint the cache is keyed under.</summary>
    public string Fingerprint { get; }

    /// <summary>Wall time of the run.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>
    /// The fingerprint of a configuration: the payload version, the library build (its module version id, which a
    /// deterministic build changes whenever the code does), the counting unit, the lexicon, the gazetteer and entity
    /// options, and the extra parts.
    /// </summary>
    public static string FingerprintOf(IncrementalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var lexicon = options.Lexicon ?? FrameLexicon.Default;
        string entities = options.Entities
            ? "gazetteer=" + GazetteerFingerprint(options.Gazetteer ?? Gazetteer.Default) + ";" + (options.EntityOptions ?? EntityMatchOptions.Default)
            : "entities=off";
        return AnalysisCache.FingerprintOf(
            [PayloadVersion, typeof(IncrementalAnalysis).Assembly.ManifestModule.ModuleVersionId.ToString(), "unit=" + options.Unit,
             "lexicon=" + lexicon.Fingerprint, entities, .. options.ExtraFingerprint]);
    }

    /// <summary>A SHA-256 of a gazetteer's entities and titles (not of where it was read from).</summary>
    public static string GazetteerFingerprint(Gazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var content = JsonSerializer.Serialize(new
        {
            Entities = gazetteer.Entities.Select(e => new { e.Name, Type = e.Type.ToString(), e.Aliases, e.Demonyms, e.Capitals, e.Roles }),
            gazetteer.Titles,
        });
        return AnalysisCache.FingerprintOf(content);
    }

    /// <summary>Runs over a stream of documents (see <see cref="CorpusStream.Read"/>), using and filling the cache.</summary>
    public static IncrementalAnalysis Run(IEnumerable<Document> documents, IncrementalOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new IncrementalOptions();
        var clock = Stopwatch.StartNew();
        var lexicon = options.Lexicon ?? FrameLexicon.Default;
        var matcher = lexicon.Matcher;
        var gazetteer = options.Entities ? options.Gazetteer ?? Gazetteer.Default : null;
        var entityOptions = options.EntityOptions ?? EntityMatchOptions.Default;
        string fingerprint = FingerprintOf(options);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };

        using var cache = AnalysisCache.Open(options.CachePath, fingerprint);
        var tally = new TermTally(new Vocabulary(), options.Unit);
        var frameDocuments = new List<FrameDocument>();
        var hits = new List<FrameHit>();
        int processed = 0, reused = 0;
        // Shared by the workers (the vocabulary is thread-safe), so the matchers' per-vocabulary tables are reused.
        var working = new Vocabulary();
        var entityMatcher = gazetteer is null ? null : StreamingAnalyses.CompileForStream(gazetteer, working, entityOptions);
        var skeletons = new List<TokenizedDocument>();
        var mentions = new List<EntityMention>();

        foreach (var batch in documents.Chunk(BatchSize))
        {
            var keys = new string[batch.Length];
            System.Threading.Tasks.Parallel.For(0, batch.Length, parallel, i => keys[i] = AnalysisCache.KeyOf(batch[i]));
            var payloads = new Payload?[batch.Length];
            var missing = new List<int>();
            for (int i = 0; i < batch.Length; i++)
            {
                if (cache.TryGet(keys[i], out var bytes)) payloads[i] = JsonSerializer.Deserialize<Payload>(bytes);
                if (payloads[i] is null) missing.Add(i);
            }

            var fresh = new byte[missing.Count][];
            System.Threading.Tasks.Parallel.For(0, missing.Count, parallel, m =>
            {
                var doc = Tokenizer.Tokenize(batch[missing[m]], working);
                var (terms, counts) = TermTally.CountsOf(doc, options.Unit);
                var documentMentions = entityMatcher?.Match(doc, -1).ToArray() ?? [];
                int lastParagraph = doc.Sentences.Count == 0 ? 0 : doc.Sentences[^1].Paragraph;
                var payload = new Payload(doc.Tokens.Count, terms, counts, matcher.Match(doc).ToArray(), documentMentions, doc.Sentences.Count, lastParagraph);
                payloads[missing[m]] = payload;
                fresh[m] = JsonSerializer.SerializeToUtf8Bytes(payload);
            });
            cache.PutMany(missing.Select((index, m) => (keys[index], fresh[m])));
            processed += missing.Count;
            reused += batch.Length - missing.Count;

            for (int i = 0; i < batch.Length; i++)
            {
                var p = payloads[i]!;
                var d = batch[i];
                tally.AddCounts(p.Terms, p.Counts, p.Tokens);
                frameDocuments.Add(new FrameDocument(d.Id, d.File, d.SourceOrUnknown, d.Date, p.Tokens));
                hits.AddRange(p.Hits);
                if (gazetteer is not null)
                {
                    int at = skeletons.Count;
                    foreach (var m in p.Mentions) mentions.Add(m with { DocumentIndex = at });
                    // Co-occurrence needs only how many sentences and paragraphs a document has.
                    skeletons.Add(StreamingAnalyses.Skeleton(d, working, p.Sentences, p.Sentences == 0 ? 0 : p.LastParagraph + 1));
                }
            }
        }

        var frames = new FrameAnalysis(lexicon, frameDocuments, hits);
        var entities = gazetteer is null ? null : StreamingAnalyses.MentionsOf(skeletons, working, gazetteer, entityOptions, mentions.ToArray());
        return new IncrementalAnalysis(tally, frames, entities, processed, reused, cache.Invalidated, fingerprint, clock.Elapsed);
    }

    /// <summary>One row: documents, processed, reused, invalidated, seconds, fingerprint.</summary>
    public DataFrame ToDataFrame() => new(
        new Int32DataFrameColumn("documents", [Processed + Reused]),
        new Int32DataFrameColumn("processed", [Processed]),
        new Int32DataFrameColumn("reused", [Reused]),
        new BooleanDataFrameColumn("invalidated", [Invalidated]),
        new DoubleDataFrameColumn("seconds", [Elapsed.TotalSeconds]),
        new StringDataFrameColumn("fingerprint", [Fingerprint]));

    /// <summary>What is stored per document.</summary>
    internal sealed record Payload(int Tokens, string[] Terms, int[] Counts, FrameHit[] Hits, EntityMention[] Mentions, int Sentences, int LastParagraph);
}
