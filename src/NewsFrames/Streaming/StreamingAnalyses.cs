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
            var tokens = Tokenizer.Tokenize(d, vocabulary);
            return (Info: new FrameDocument(d.Id, d.File, d.SourceOrUnknown, d.Date, tokens.Tokens.Count), Hits: matcher.Match(tokens));
        }, maxDegreeOfParallelism);
        foreach (var (info, documentHits) in stream)
        {
            infos.Add(info);
            hits.AddRange(documentHits);
        }
        return new FrameAnalysis(lex, infos, hits);
    }
}
