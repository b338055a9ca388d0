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
    public static readonly string[] StageNames = ["load", "tokenize+count", "stems", "pipeline"];

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
            foreach (var story in ReutersSgml.Read(item.f))
            {
                var d = story.ToDocument();
                if (story.TitleAndBody.Length == 0) continue;
                local.Docs++;
                local.Bytes += Encoding.UTF8.GetByteCount(story.TitleAndBody);
                GC.KeepAlive(d);
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
    /// Tokenize every document (tokens, offsets, kinds, flags, sentences, interned form/lower/stem ids) and count
    /// the lower-case forms. The documents are already in memory; the tokens are dropped after counting, as a
    /// streaming run would.
    /// </summary>
    public static StageOutput TokenizeAndCount(IReadOnlyList<Document> documents, long bytes, int degree)
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
    /// The whole pipeline, streamed from disk: read and parse, tokenize (with sentences and stems), count stems,
    /// then the analyses available in the library. Nothing but the running totals is kept.
    /// </summary>
    public static StageOutput Pipeline(string folder, int replicate, int degree)
    {
        var vocabulary = new Vocabulary();
        var tally = new TermTally(vocabulary, TallyUnit.Stem);
        long bytes = 0;
        foreach (var doc in ReutersText.ReadAll(folder, replicate).TokenizeStream(vocabulary, degree))
        {
            tally.Add(doc);
            bytes += Encoding.UTF8.GetByteCount(doc.Document.Text);
        }
        return new StageOutput(tally.DocumentCount, bytes, tally.TokenCount, "load, tokens, sentences, stems, counts");
    }
}
