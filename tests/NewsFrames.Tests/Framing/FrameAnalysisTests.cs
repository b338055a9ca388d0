namespace NewsFrames.Tests.Framing;

using Corpus = NewsFrames.Corpus;

/// <summary>
/// Counts, rates, shares, intervals, co-occurrence and time buckets on a tiny corpus whose numbers were worked out
/// by hand; interval bounds computed independently with /usr/bin/python3 (Wilson formula, and the Garwood bounds by
/// bisection on the Poisson CDF written out as a sum).
/// </summary>
public class FrameAnalysisTests
{
    private static readonly FrameLexicon Lexicon = FrameLexicon.Parse("""
        frames:
          - id: s
            label: Sanctions
            patterns: [sanction*]
          - id: t
            label: Trade
            patterns: [trade]
        """);

    // a (X): 4 tokens, s 2 hits (two non-overlapping matches in one sentence), t 1; b (X): 5 tokens, nothing;
    // c (Y): 4 tokens, t 2, s 1.
    private static Corpus Tiny() => new([
        new Document { Id = "a", File = "a.txt", Source = "X", Date = new DateTime(2024, 6, 17), Text = "Sanctions and sanctions. Trade." },
        new Document { Id = "b", File = "b.txt", Source = "X", Date = new DateTime(2024, 6, 30), Text = "No mention here at all." },
        new Document { Id = "c", File = "c.txt", Source = "Y", Date = new DateTime(2024, 7, 1), Text = "Trade, trade and sanctions." },
    ]);

    [Fact]
    public void BySource_CountsRatesSharesAndIntervals()
    {
        var rows = Tiny().Frames(Lexicon).BySource();
        Assert.Equal(["X:s", "X:t", "Y:s", "Y:t"], rows.Select(r => r.Source + ":" + r.Frame).ToArray());
        var xs = rows[0];
        Assert.Equal((2, 1, 2, 9L), (xs.Documents, xs.DocumentsWithFrame, xs.Hits, xs.Tokens));
        Assert.Equal(0.5, xs.Share);
        Assert.Equal(2000.0 / 9, xs.RatePer1000, 12);
        Assert.Equal(0.094531205734, xs.ShareLow, 10);
        Assert.Equal(0.905468794266, xs.ShareHigh, 10);
        Assert.Equal(26.912142060444, xs.RateLow, 8);
        Assert.Equal(802.743074191556, xs.RateHigh, 8);
        var yt = rows[3];
        Assert.Equal((1, 1, 2, 4L, 500.0), (yt.Documents, yt.DocumentsWithFrame, yt.Hits, yt.Tokens, yt.RatePer1000));
        Assert.Equal(0.206549314377, yt.ShareLow, 10);
        Assert.Equal(1.0, yt.ShareHigh, 12);
    }

    [Fact]
    public void BySource_ZeroRowsAreKept()
    {
        var rows = Tiny().Frames(Lexicon).ByDocument();
        var b = rows.Where(r => r.Document == "b").ToArray();
        Assert.Equal(2, b.Length);
        Assert.All(b, r => Assert.Equal((0, 5L, 0.0), (r.Hits, r.Tokens, r.RatePer1000)));
        Assert.Equal(3.688879454114 * 1000 / 5, b[0].RateHigh, 8);
    }

    [Fact]
    public void Matrix_FramesBySources()
    {
        var matrix = Tiny().Frames(Lexicon).Matrix(FrameMeasure.Hits);
        Assert.Equal(["s", "t"], matrix.Frames);
        Assert.Equal(["X", "Y"], matrix.Sources);
        Assert.Equal((2.0, 1.0, 1.0, 2.0), (matrix[0, 0], matrix[0, 1], matrix[1, 0], matrix[1, 1]));
        var frame = Tiny().Frames(Lexicon).Matrix(FrameMeasure.Share).ToDataFrame();
        Assert.Equal(["frame", "label", "X", "Y"], frame.Columns.Select(c => c.Name).ToArray());
        Assert.Equal(0.5, (double)frame["X"][0]!);
    }

    [Fact]
    public void CoOccurrence_CountsDocumentsWithBothFrames()
    {
        var row = Assert.Single(Tiny().Frames(Lexicon).CoOccurrence());
        Assert.Equal(new FrameCoOccurrenceRow("s", "t", 2, 2, 2, 1.0), row);
    }

    [Theory]
    [InlineData(TimeBucket.Month, new[] { "2024-06-01 X", "2024-07-01 Y" })]
    [InlineData(TimeBucket.Week, new[] { "2024-06-17 X", "2024-06-24 X", "2024-07-01 Y" })]
    [InlineData(TimeBucket.Year, new[] { "2024-01-01 X", "2024-01-01 Y" })]
    public void OverTime_BucketsByCalendarPeriod(TimeBucket bucket, string[] expected)
    {
        var timeline = Tiny().Frames(Lexicon).OverTime(bucket);
        Assert.Equal(expected, timeline.Select(r => $"{r.Period:yyyy-MM-dd} {r.Source}").Distinct().ToArray());
        Assert.Equal(0, timeline.UndatedDocuments);
    }

    [Fact]
    public void OverTime_CountsHitsPerPeriod()
    {
        var june = Tiny().Frames(Lexicon).OverTime(TimeBucket.Month).Where(r => r.Source == "X").ToArray();
        Assert.Equal([("s", 2, 1, 2), ("t", 2, 1, 1)], june.Select(r => (r.Frame, r.Documents, r.DocumentsWithFrame, r.Hits)).ToArray());
    }

    [Fact]
    public void Hits_DataFrameHasTheDocumentedColumns()
    {
        var frame = Tiny().Frames(Lexicon).Hits.ToDataFrame();
        Assert.Equal(["document", "file", "source", "date", "frame", "pattern", "matched", "sentence", "start", "end"], frame.Columns.Select(c => c.Name).ToArray());
        Assert.Equal(6, frame.Rows.Count);
        Assert.Equal("Sanctions", frame["matched"][0]);
        Assert.Equal(new DateTime(2024, 6, 17), frame["date"][0]);
    }

    [Fact]
    public void SkipDuplicates_LeavesMarkedDocumentsOut()
    {
        var docs = Tiny().Append(new Document { Id = "d", File = "d.txt", Source = "Y", Text = "Trade, trade and sanctions.", DuplicateOf = "c" });
        Assert.Equal(4, new Corpus(docs).Frames(Lexicon).Documents.Count);
        Assert.Equal(3, new Corpus(docs).Frames(Lexicon, skipDuplicates: true).Documents.Count);
    }

    [Fact]
    public void Analysis_IsDeterministic()
    {
        string Csv(FrameAnalysis a) => string.Join("\n", a.Hits.Select(h => $"{h.Document}|{h.Frame}|{h.Start}|{h.Pattern}"));
        var corpus = Corpus.Load(SharedData.Seeds);
        Assert.Equal(Csv(corpus.Frames()), Csv(corpus.Frames()));
    }

    [Theory]
    [InlineData(3, 5, 0.230724281276, 0.882379225767)]
    [InlineData(0, 4, 0.0, 0.489890836455)]
    [InlineData(2, 2, 0.342380227507, 1.0)]
    public void Wilson_MatchesIndependentComputation(int x, int n, double low, double high)
    {
        var (l, h) = FrameIntervals.Wilson(x, n);
        Assert.Equal(low, l, 10);
        Assert.Equal(high, h, 10);
    }

    [Theory]
    [InlineData(0, 0.0, 3.688879454114)]
    [InlineData(1, 0.025317807984, 5.571643390939)]
    [InlineData(2, 0.242209278544, 7.224687667724)]
    [InlineData(5, 1.623486390118, 11.668332079323)]
    [InlineData(10, 4.795388696132, 18.390356042018)]
    public void PoissonExact_MatchesIndependentComputation(int k, double low, double high)
    {
        var (l, h) = FrameIntervals.PoissonExact(k);
        Assert.Equal(low, l, 9);
        Assert.Equal(high, h, 9);
    }
}
