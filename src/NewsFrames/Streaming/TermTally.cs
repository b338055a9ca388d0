using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>Which form of a token a <see cref="TermTally"/> counts.</summary>
public enum TallyUnit
{
    /// <summary>The surface form, case kept ("Iran").</summary>
    Form,
    /// <summary>The lower-case form ("iran").</summary>
    Lower,
    /// <summary>The Snowball English stem of the lower-case form ("partnership" → "partnership", "partners" → "partner").</summary>
    Stem,
}

/// <summary>
/// Counts terms over documents as they stream by: occurrences and document frequency per term, plus totals.
/// Holds one number pair per vocabulary entry, never the documents, so a corpus of any size can be counted
/// in a single pass (see <see cref="CorpusStream"/>). Every token counts once (hyphenated compounds as the
/// whole compound, not their parts). Not thread-safe: add documents from one thread, in any order.
/// </summary>
/// <example>
/// <code>
/// var vocabulary = new Vocabulary();
/// var tally = new TermTally(vocabulary, TallyUnit.Lower);
/// foreach (var doc in CorpusStream.Read("articles").TokenizeStream(vocabulary)) tally.Add(doc);
/// DataFrame top = tally.ToDataFrame();   // term, count, documents — most frequent first
/// </code>
/// </example>
public sealed class TermTally : ITabularResult
{
    // One cell per vocabulary id, the three numbers side by side: a token touches one cache line, not three arrays.
    private Cell[] cells = new Cell[1024];

    private struct Cell
    {
        public long Count;
        public int Documents;
        public int LastDocument;
    }

    /// <summary>Creates an empty tally over <paramref name="vocabulary"/>.</summary>
    public TermTally(Vocabulary vocabulary, TallyUnit unit = TallyUnit.Lower)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        Vocabulary = vocabulary;
        Unit = unit;
    }

    /// <summary>The vocabulary the counted ids belong to.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>The form counted.</summary>
    public TallyUnit Unit { get; }

    /// <summary>Documents added.</summary>
    public int DocumentCount { get; private set; }

    /// <summary>Tokens counted.</summary>
    public long TokenCount { get; private set; }

    /// <summary>Counts the tokens of one document.</summary>
    public void Add(TokenizedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!ReferenceEquals(document.Vocabulary, Vocabulary))
            throw new ArgumentException($"Document '{document.Document.Id}' was tokenized with another vocabulary.", nameof(document));
        int mark = ++DocumentCount;
        // Read as a span: an interface call per token would cost more than the counting.
        var tokens = document.TokenSpan;
        var unit = Unit;
        foreach (ref readonly var token in tokens)
            Increment(unit switch { TallyUnit.Form => token.Form, TallyUnit.Stem => token.Stem, _ => token.Lower }, mark);
        TokenCount += tokens.Length;
    }

    /// <summary>
    /// Counts the tokens of a document's text directly: the tokenizer's own scan, so the tokens are exactly those of
    /// <see cref="Tokenizer.Tokenize"/>, but no token array, sentence or (unless the unit is stems) stem is made.
    /// Equal to tokenizing the document with this tally's vocabulary and adding the result.
    /// </summary>
    /// <example>
    /// <code>
    /// var tally = new TermTally(new Vocabulary());
    /// foreach (var doc in CorpusStream.Read("articles")) tally.Add(doc);
    /// </code>
    /// </example>
    public void Add(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sink = new CountingSink(this, ++DocumentCount);
        Tokenizer.Scan(document.Text, ref sink);
        TokenCount += sink.Tokens;
    }

    /// <summary>Counts each token the scanner finds, by the tally's unit.</summary>
    private struct CountingSink(TermTally tally, int mark) : Tokenizer.ITokenSink
    {
        public long Tokens;

        public void Add(string text, int start, int end, int formEnd, TokenKind kind, bool possessive, int previousEnd)
        {
            var unit = tally.Unit;
            // As the tokenizer does: only words are stemmed; any other token's stem is its lower-case form.
            int formId = tally.Vocabulary.Word(text.AsSpan(start, formEnd - start), unit == TallyUnit.Stem && kind == TokenKind.Word,
                out int lowerId, out int stemId);
            tally.Increment(unit switch { TallyUnit.Form => formId, TallyUnit.Stem => stemId, _ => lowerId }, mark);
            Tokens++;
        }
    }

    private void Increment(int id, int mark)
    {
        if (id >= cells.Length) Grow(id);
        ref var cell = ref cells[id];
        cell.Count++;
        // Without a branch: whether a term was already seen in this document is a coin toss for the processor's
        // predictor, and its misses were a tenth of term counting's time.
        cell.Documents += cell.LastDocument != mark ? 1 : 0;
        cell.LastDocument = mark;
    }

    /// <summary>Adds another tally's counts (same vocabulary and unit; documents counted by one of the two only).</summary>
    internal void Merge(TermTally other)
    {
        if (!ReferenceEquals(other.Vocabulary, Vocabulary) || other.Unit != Unit)
            throw new ArgumentException("Tallies over different vocabularies or units cannot be merged.", nameof(other));
        if (other.cells.Length > cells.Length) Grow(other.cells.Length - 1);
        for (int id = 0; id < other.cells.Length; id++)
        {
            cells[id].Count += other.cells[id].Count;
            cells[id].Documents += other.cells[id].Documents;
        }
        DocumentCount += other.DocumentCount;
        TokenCount += other.TokenCount;
    }

    /// <summary>Counts one document given as distinct terms with their counts (results restored from a cache).</summary>
    internal void AddCounts(IReadOnlyList<string> terms, IReadOnlyList<int> termCounts, int tokens)
    {
        int mark = ++DocumentCount;
        for (int i = 0; i < terms.Count; i++)
        {
            int id = Vocabulary.GetOrAdd(terms[i]);
            if (id >= cells.Length) Grow(id);
            ref var cell = ref cells[id];
            cell.Count += termCounts[i];
            if (cell.LastDocument != mark)
            {
                cell.LastDocument = mark;
                cell.Documents++;
            }
        }
        TokenCount += tokens;
    }

    /// <summary>The distinct terms of one document with their counts, in first-occurrence order.</summary>
    internal static (string[] Terms, int[] Counts) CountsOf(TokenizedDocument document, TallyUnit unit)
    {
        var index = new Dictionary<int, int>();
        var terms = new List<string>();
        var termCounts = new List<int>();
        foreach (var token in document.Tokens)
        {
            int id = unit switch { TallyUnit.Form => token.Form, TallyUnit.Stem => token.Stem, _ => token.Lower };
            if (index.TryGetValue(id, out int at)) termCounts[at]++;
            else
            {
                index[id] = terms.Count;
                terms.Add(document.Vocabulary[id]);
                termCounts.Add(1);
            }
        }
        return (terms.ToArray(), termCounts.ToArray());
    }

    /// <summary>Occurrences of a term (0 when never seen).</summary>
    public long Count(string term) =>
        Vocabulary.TryGetId(term, out int id) && id < cells.Length ? cells[id].Count : 0;

    /// <summary>Documents containing a term at least once.</summary>
    public int DocumentFrequency(string term) =>
        Vocabulary.TryGetId(term, out int id) && id < cells.Length ? cells[id].Documents : 0;

    /// <summary>Every term seen, most frequent first, ties by term (ordinal).</summary>
    public IReadOnlyList<(string Term, long Count, int Documents)> Terms()
    {
        var rows = new List<(string Term, long Count, int Documents)>();
        for (int id = 0; id < cells.Length; id++)
            if (cells[id].Count > 0) rows.Add((Vocabulary[id], cells[id].Count, cells[id].Documents));
        rows.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Term, b.Term));
        return rows;
    }

    /// <summary>Columns: term (string), count (Int64), documents (Int32); most frequent first, ties by term.</summary>
    public DataFrame ToDataFrame()
    {
        var rows = Terms();
        var term = new StringDataFrameColumn("term", rows.Count);
        var count = new Int64DataFrameColumn("count", rows.Count);
        var docs = new Int32DataFrameColumn("documents", rows.Count);
        for (int i = 0; i < rows.Count; i++)
        {
            term[i] = rows[i].Term;
            count[i] = rows[i].Count;
            docs[i] = rows[i].Documents;
        }
        return new DataFrame(term, count, docs);
    }

    private void Grow(int id)
    {
        Array.Resize(ref cells, Math.Max(id + 1, cells.Length * 2));
    }
}
