using System.Diagnostics;
using NewsFrames.Benchmarks.Data;

namespace NewsFrames.Benchmarks.Harness;

/// <summary>
/// <c>-- scan-parts</c>: where tokenize+count's time goes, one thread, best wall time of N rounds each: the scan
/// alone, then with the vocabulary lookup, the occurrence count and the document frequency added one at a time (over
/// a vocabulary that already has every word), then <see cref="CorpusStream.CountTerms"/> itself over that vocabulary
/// and over a fresh one (the harness's figure).
/// </summary>
internal static class ScanParts
{
    private struct ScanOnlySink : Tokenizer.ITokenSink
    {
        public long Tokens;

        public void Add(string text, int start, int end, int formEnd, TokenKind kind, bool possessive, int previousEnd) => Tokens++;
    }

    private struct Cell
    {
        public long Count;
        public int Documents;
        public int LastDocument;
    }

    /// <summary>The lookup, then (as asked) the count and the document frequency, as <see cref="TermTally"/> does them.</summary>
    private struct PartSink(Vocabulary vocabulary, Cell[] cells, int mark, bool count, bool documents) : Tokenizer.ITokenSink
    {
        public long Sum;

        public void Add(string text, int start, int end, int formEnd, TokenKind kind, bool possessive, int previousEnd)
        {
            vocabulary.Word(text.AsSpan(start, formEnd - start), false, out int lower, out _);
            if (!count)
            {
                Sum += lower;
                return;
            }
            ref var cell = ref cells[lower];
            cell.Count++;
            if (documents)
            {
                cell.Documents += cell.LastDocument != mark ? 1 : 0;
                cell.LastDocument = mark;
            }
        }
    }

    public static int Run(string data, int rounds)
    {
        var docs = ReutersText.ReadAll(data).ToArray();
        long bytes = Workloads.Utf8Bytes(docs);
        var vocabulary = new Vocabulary();
        docs.CountTerms(TallyUnit.Lower, 1, vocabulary);
        var cells = new Cell[vocabulary.Count];

        double Best(Func<long> work)
        {
            double best = double.MaxValue;
            for (int r = 0; r < rounds; r++)
            {
                var clock = Stopwatch.StartNew();
                GC.KeepAlive(work());
                best = Math.Min(best, clock.Elapsed.TotalSeconds);
            }
            return best;
        }

        double Parts(bool lookup, bool count, bool documents) => Best(() =>
        {
            Array.Clear(cells);
            long sum = 0;
            int mark = 0;
            foreach (var d in docs)
            {
                if (!lookup)
                {
                    var scanOnly = new ScanOnlySink();
                    Tokenizer.Scan(d.Text, ref scanOnly);
                    sum += scanOnly.Tokens;
                    continue;
                }
                var sink = new PartSink(vocabulary, cells, ++mark, count, documents);
                Tokenizer.Scan(d.Text, ref sink);
                sum += sink.Sum;
            }
            return sum;
        });

        string Rate(double seconds) => $"{seconds:F3} s ({bytes / 1e6 / seconds:F0} MB/s)";
        Console.WriteLine($"Reuters-21578, {bytes / 1e6:F1} MB, one thread, best of {rounds}:");
        Console.WriteLine($"  scan alone                     {Rate(Parts(false, false, false))}");
        Console.WriteLine($"  + vocabulary lookup            {Rate(Parts(true, false, false))}");
        Console.WriteLine($"  + occurrence count             {Rate(Parts(true, true, false))}");
        Console.WriteLine($"  + document frequency           {Rate(Parts(true, true, true))}");
        Console.WriteLine($"  CountTerms, vocabulary known   {Rate(Best(() => docs.CountTerms(TallyUnit.Lower, 1, vocabulary).TokenCount))}");
        Console.WriteLine($"  CountTerms, fresh vocabulary   {Rate(Best(() => docs.CountTerms(TallyUnit.Lower, 1).TokenCount))}");
        return 0;
    }
}
