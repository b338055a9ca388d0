namespace NewsFrames;

/// <summary>
/// A document with its tokens and sentences. The document owns the text; tokens, parts and sentences are
/// views into it by offset, and every string form is an id in the shared <see cref="Vocabulary"/>.
/// </summary>
/// <example>
/// <code>
/// var tokens = Corpus.Load("seeds").Tokenize();
/// TokenizedDocument doc = tokens[0];
/// foreach (var sentence in doc.Sentences) Console.WriteLine(doc.SentenceText(sentence));
/// </code>
/// </example>
public sealed class TokenizedDocument
{
    internal TokenizedDocument(Document document, Vocabulary vocabulary, Token[] tokens, Token[] parts, SentenceSpan[] sentences)
        : this(document, vocabulary, tokens, parts, sentences, sentences.Length, sentences.Length == 0 ? 0 : sentences[^1].Paragraph + 1)
    {
    }

    /// <summary>
    /// A document whose counts outlive its spans: a streamed run keeps only the metadata and how many sentences and
    /// paragraphs each document had (what co-occurrence needs for its context counts).
    /// </summary>
    internal TokenizedDocument(Document document, Vocabulary vocabulary, Token[] tokens, Token[] parts, SentenceSpan[] sentences,
        int sentenceCount, int paragraphCount)
    {
        Document = document;
        Vocabulary = vocabulary;
        tokenArray = tokens;
        tokenCount = tokens.Length;
        partArray = parts;
        partCount = parts.Length;
        Tokens = tokens;
        Parts = parts;
        Sentences = sentences;
        SentenceCount = sentenceCount;
        ParagraphCount = paragraphCount;
    }

    /// <summary>A view of a tokenizer's reusable buffers (see <see cref="Tokenizer.TokenizeTransient"/>), valid while they hold this document.</summary>
    internal TokenizedDocument(Document document, Vocabulary vocabulary, GrowableBuffer<Token> tokens, GrowableBuffer<Token> parts,
        GrowableBuffer<SentenceSpan> sentences)
    {
        Document = document;
        Vocabulary = vocabulary;
        tokenArray = tokens.Items;
        tokenCount = tokens.Count;
        partArray = parts.Items;
        partCount = parts.Count;
        Tokens = new ArraySegment<Token>(tokens.Items, 0, tokens.Count);
        Parts = new ArraySegment<Token>(parts.Items, 0, parts.Count);
        Sentences = new ArraySegment<SentenceSpan>(sentences.Items, 0, sentences.Count);
        SentenceCount = sentences.Count;
        ParagraphCount = sentences.Count == 0 ? 0 : sentences.Items[sentences.Count - 1].Paragraph + 1;
    }

    private readonly Token[] tokenArray;
    private readonly int tokenCount;
    private readonly Token[] partArray;
    private readonly int partCount;

    /// <summary>The tokens as a span: the matchers' and counters' inner loops read them without an interface call per token.</summary>
    internal ReadOnlySpan<Token> TokenSpan => new(tokenArray, 0, tokenCount);

    /// <summary>The hyphen parts as a span (see <see cref="TokenSpan"/>).</summary>
    internal ReadOnlySpan<Token> PartSpan => new(partArray, 0, partCount);

    /// <summary>The number of sentences (equal to <c>Sentences.Count</c>, except in a streamed run's kept documents, which drop the spans).</summary>
    internal int SentenceCount { get; }

    /// <summary>The number of paragraphs that hold a sentence.</summary>
    internal int ParagraphCount { get; }

    /// <summary>The document.</summary>
    public Document Document { get; }

    /// <summary>The vocabulary the token ids refer to.</summary>
    public Vocabulary Vocabulary { get; }

    /// <summary>The tokens, in text order.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The parts of hyphenated compounds ("Iran-Russia" → "Iran", "Russia"), referenced by <see cref="Token.FirstPart"/>.</summary>
    public IReadOnlyList<Token> Parts { get; }

    /// <summary>The sentences, in text order; every token belongs to exactly one.</summary>
    public IReadOnlyList<SentenceSpan> Sentences { get; }

    /// <summary>The exact text a token covers (including a possessive suffix).</summary>
    public string Surface(in Token token) => Document.Text.Substring(token.Start, token.Length);

    /// <summary>The parts of a hyphenated token; empty for any other token.</summary>
    public IEnumerable<Token> PartsOf(Token token)
    {
        for (int i = 0; i < token.PartCount; i++) yield return Parts[token.FirstPart + i];
    }

    /// <summary>The text of a sentence.</summary>
    public string SentenceText(in SentenceSpan sentence) => Document.Text[sentence.Start..sentence.End];

    /// <summary>The index of the sentence containing token <paramref name="tokenIndex"/>.</summary>
    public int SentenceOf(int tokenIndex)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (Sentences[mid].FirstToken <= tokenIndex) lo = mid; else hi = mid - 1;
        }
        return lo;
    }
}
