namespace NewsFrames;

/// <summary>Analyses over a stream of documents: the same results as the in-memory path, without holding the corpus.</summary>
public static class StreamingAnalyses
{
    /// <summary>
    /// Frames over a stream of documents (see <see cref="CorpusStream.Read"/>): tokenized and matched batch by batch on
    /// all cores; only the hits and a line per document are kept. Equal to <c>corpus.Frames(lexicon)</c>.
    /// </summary>
    /// <example>
    /// <code>
    /// FrameAnalysis frames = CorpusStream.Read("articles").FramesStream();
    /// frames.BySource().ToDataFrame();
    /// </code>
    /// </example>
    public static FrameAnalysis FramesStream(this IEnumerable<Document> documents, FrameLexicon? lexicon = null, bool skipDuplicates = false,
        int maxDegreeOfParallelism = -1)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var lex = lexicon ?? FrameLexicon.Default;
        var matcher = lex.Matcher;
        var vocabulary = new Vocabulary();
        var infos = new List<FrameDocument>();
        var hits = new List<FrameHit>();
        var stream = documents.Where(d => !skipDuplicates || d.DuplicateOf is null).SelectOrdered(d =>
        {
            // Only the hits and the token count leave this worker, so the tokens can live in its reusable buffers.
            var tokens = Tokenizer.TokenizeTransient(d, vocabulary);
            return (Info: new FrameDocument(d.Id, d.File, d.SourceOrUnknown, d.Date, tokens.Tokens.Count), Hits: matcher.Match(tokens));
        }, maxDegreeOfParallelism);
        foreach (var (info, documentHits) in stream)
        {
            infos.Add(info);
            hits.AddRange(documentHits);
        }
        return new FrameAnalysis(lex, infos, hits);
    }

    /// <summary>
    /// Entity mentions over a stream of documents: equal, mention for mention, to <c>corpus.Entities(gazetteer, options)</c>,
    /// and <see cref="CooccurrenceExtensions.Cooccurrence"/> and <see cref="EntityMentions.Counts"/> on the result equal
    /// theirs. The documents the result refers to are kept without their text, tokens and sentence spans (that is what streaming
    /// saves), so <see cref="EntityMentions.Evidence"/> and entity discovery need the in-memory path; the mentions are
    /// kept as compact rows and each record is built when it is read (equal every time, not the same instance).
    /// </summary>
    /// <example>
    /// <code>
    /// var mentions = CorpusStream.Read("articles").EntitiesStream();
    /// mentions.Cooccurrence(new CooccurrenceOptions { BySource = true }).ToDataFrame();
    /// </code>
    /// </example>
    public static EntityMentions EntitiesStream(this IEnumerable<Document> documents, Gazetteer? gazetteer = null, EntityMatchOptions? options = null,
        int maxDegreeOfParallelism = -1) =>
        documents.AnalyzeStream(new StreamingOptions { Gazetteer = gazetteer, EntityOptions = options, Frames = false, MaxDegreeOfParallelism = maxDegreeOfParallelism }).Entities!;

    /// <summary>
    /// One pass over a stream of documents for everything at once: term counts, frames and entity mentions (then
    /// co-occurrence from the mentions). Each document is tokenized once, on all cores, and dropped after use.
    /// </summary>
    /// <example>
    /// <code>
    /// var run = CorpusStream.Read("articles").AnalyzeStream();
    /// run.Terms.ToDataFrame(); run.Frames!.BySource().ToDataFrame(); run.Entities!.Cooccurrence().ToDataFrame();
    /// </code>
    /// </example>
    public static StreamedAnalysis AnalyzeStream(this IEnumerable<Document> documents, StreamingOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        options ??= new StreamingOptions();
        var vocabulary = new Vocabulary();
        var unit = options.Unit;
        // Each worker counts the documents it tokenized into a tally of its own, merged at the end: the tokens then
        // never leave the worker, and live in its reusable buffers instead of arrays allocated per document.
        using var workerTallies = new ThreadLocal<TermTally>(() => new TermTally(vocabulary, unit), trackAllValues: true);
        var lexicon = options.Frames ? options.Lexicon ?? FrameLexicon.Default : null;
        var frameMatcher = lexicon?.Matcher;
        var gazetteer = options.Entities ? options.Gazetteer ?? Gazetteer.Default : null;
        var entityOptions = options.EntityOptions ?? EntityMatchOptions.Default;
        EntityMatcher? entityMatcher = null;
        if (gazetteer is not null) entityMatcher = CompileForStream(gazetteer, vocabulary, entityOptions);

        // With entities on, the skeleton documents already hold what a frame document says: only its token count is kept.
        bool framesFromSkeletons = frameMatcher is not null && entityMatcher is not null;
        var frameDocuments = new List<FrameDocument>();
        var tokenCounts = new List<int>();
        var hits = new List<FrameHit>();
        var skeletons = new List<TokenizedDocument>();
        // Mentions outlive the text: kept as rows of numbers, with one string per distinct surface form (a corpus
        // names the same entities the same few ways), they cost 40 bytes each instead of about 140.
        var mentions = new MentionTable();
        int index = 0;
        var stream = documents.SelectOrdered(d =>
        {
            var tokens = Tokenizer.TokenizeTransient(d, vocabulary);
            workerTallies.Value!.Add(tokens);
            var documentHits = frameMatcher?.Match(tokens);
            // The document index is not known here (results are ordered later); mentions are renumbered below.
            var documentMentions = entityMatcher?.Match(tokens, -1);
            return (Document: d, TokenCount: tokens.Tokens.Count, tokens.SentenceCount, tokens.ParagraphCount, Hits: documentHits, Mentions: documentMentions);
        }, options.MaxDegreeOfParallelism, options.BatchSize);
        foreach (var (d, tokenCount, sentenceCount, paragraphCount, documentHits, documentMentions) in stream)
        {
            if (documentHits is not null)
            {
                if (framesFromSkeletons) tokenCounts.Add(tokenCount);
                else frameDocuments.Add(new FrameDocument(d.Id, d.File, d.SourceOrUnknown, d.Date, tokenCount));
                hits.AddRange(documentHits);
            }
            if (documentMentions is not null)
            {
                int at = index;
                foreach (var m in documentMentions) mentions.Add(m, at);
                skeletons.Add(Skeleton(d, vocabulary, sentenceCount, paragraphCount));
            }
            index++;
        }
        var tally = new TermTally(vocabulary, unit);
        foreach (var workerTally in workerTallies.Values) tally.Merge(workerTally);

        EntityMentions? entities = null;
        if (gazetteer is not null)
        {
            entities = new EntityMentions(SkeletonCorpus(skeletons, vocabulary), gazetteer, entityOptions, mentions);
        }
        var frames = lexicon is null ? null
            : new FrameAnalysis(lexicon, framesFromSkeletons ? new FrameDocuments(entities!.Tokens, [.. tokenCounts]) : frameDocuments, hits);
        return new StreamedAnalysis(tally, frames, entities, index);
    }

    /// <summary>
    /// An entity matcher for a vocabulary that is still growing. The matcher keeps only aliases whose words the
    /// vocabulary already has (an in-memory corpus has all its words by then); interning the gazetteer's own words
    /// first makes every alias matchable as the corpus streams in, with the same matches.
    /// </summary>
    internal static EntityMatcher CompileForStream(Gazetteer gazetteer, Vocabulary vocabulary, EntityMatchOptions options)
    {
        var scratchTokens = new List<Token>();
        var scratchParts = new List<Token>();
        foreach (var surface in gazetteer.Entities.SelectMany(e => e.SurfaceForms().Select(f => f.Surface)).Concat(gazetteer.Titles))
        {
            scratchTokens.Clear();
            scratchParts.Clear();
            Tokenizer.Scan(surface, vocabulary, scratchTokens, scratchParts);
        }
        return EntityMatcher.Compile(gazetteer, vocabulary, options);
    }

    /// <summary>
    /// A document kept for entity results after its text and tokens are dropped: metadata, and the number of sentences
    /// and paragraphs (the spans pointed into text and tokens that are gone; on 8× Reuters they were 30 MB of the peak).
    /// An incremental run reads the counts back from its cache.
    /// </summary>
    internal static TokenizedDocument Skeleton(Document document, Vocabulary vocabulary, int sentenceCount, int paragraphCount) =>
        new(document with { Text = "", Removals = [] }, vocabulary, [], [], [], sentenceCount, paragraphCount);

    /// <summary>Entity mentions over skeleton documents (see <see cref="Skeleton(Document, Vocabulary, int, int)"/>).</summary>
    internal static EntityMentions MentionsOf(List<TokenizedDocument> skeletons, Vocabulary vocabulary, Gazetteer gazetteer, EntityMatchOptions options,
        EntityMention[] mentions) =>
        new(SkeletonCorpus(skeletons, vocabulary), gazetteer, options, mentions);

    private static TokenizedCorpus SkeletonCorpus(List<TokenizedDocument> skeletons, Vocabulary vocabulary) =>
        new(new Corpus(skeletons.Select(s => s.Document)), vocabulary, skeletons.ToArray());
}

/// <summary>
/// The frame documents of a streamed run, built when read from the skeleton documents the entity results keep and
/// each document's token count (equal every time, not the same instance).
/// </summary>
internal sealed class FrameDocuments(TokenizedCorpus skeletons, int[] tokenCounts) : IReadOnlyList<FrameDocument>
{
    public int Count => tokenCounts.Length;

    public FrameDocument this[int index]
    {
        get
        {
            var d = skeletons[index].Document;
            return new FrameDocument(d.Id, d.File, d.SourceOrUnknown, d.Date, tokenCounts[index]);
        }
    }

    public IEnumerator<FrameDocument> GetEnumerator()
    {
        for (int i = 0; i < tokenCounts.Length; i++) yield return this[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>What <see cref="StreamingAnalyses.AnalyzeStream"/> computes.</summary>
public sealed record StreamingOptions
{
    /// <summary>The form terms are counted by. Default: stems.</summary>
    public TallyUnit Unit { get; init; } = TallyUnit.Stem;

    /// <summary>Match frames. Default on.</summary>
    public bool Frames { get; init; } = true;

    /// <summary>The frame lexicon; null for the default.</summary>
    public FrameLexicon? Lexicon { get; init; }

    /// <summary>Match entities. Default on.</summary>
    public bool Entities { get; init; } = true;

    /// <summary>The gazetteer; null for the default.</summary>
    public Gazetteer? Gazetteer { get; init; }

    /// <summary>Entity matching options; null for the defaults.</summary>
    public EntityMatchOptions? EntityOptions { get; init; }

    /// <summary>Threads (-1: all cores).</summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Documents per batch; at most three batches are in memory at a time.</summary>
    public int BatchSize { get; init; } = OrderedParallel.DefaultBatchSize;
}

/// <summary>The results of one streamed pass.</summary>
/// <param name="Terms">Term counts and document frequencies.</param>
/// <param name="Frames">Frames, or null when not asked for.</param>
/// <param name="Entities">Entity mentions (documents kept without text), or null when not asked for.</param>
/// <param name="Documents">Documents processed.</param>
public sealed record StreamedAnalysis(TermTally Terms, FrameAnalysis? Frames, EntityMentions? Entities, int Documents);
