using System.Globalization;

namespace NewsFrames.Tests.Terms;

using Corpus = NewsFrames.Corpus;

public class TermFrequenciesTests
{
    [Fact]
    public void Frequencies_Corpus_HandCountedRatesAndTfIdf()
    {
        var terms = TermTestCorpus.Small().Terms();
        // Stop words (and, in, the) and the number 2026 are not counted; 17 tokens in all are the rate's denominator.
        Assert.Equal(["iran", "partnership", "russia", "cooperates", "cooperation", "grew", "grows", "iran-russia", "partnerships"],
            terms.Select(t => t.Term).ToArray());
        var iran = terms.Find("iran")!;
        Assert.Equal(2, iran.Count);
        Assert.Equal(1, iran.Documents);
        Assert.Equal(1000.0 * 2 / 17, iran.RatePer1000, 12);
        Assert.Equal(2 * Math.Log10(3.0 / 1), iran.TfIdf, 12);          // 0.954242509…
        var russia = terms.Find("russia")!;
        Assert.Equal(2, russia.Documents);
        Assert.Equal(0.35218251811136247, russia.TfIdf, 12);              // 2 × log10(3/2)
        Assert.Equal(17, terms.GroupTokens[""]);
    }

    [Fact]
    public void Frequencies_BySource_RatesUseTheSourcesTokens()
    {
        var terms = TermTestCorpus.Small().Terms(TermGrouping.Source);
        Assert.Equal(["A", "B"], terms.Groups);
        Assert.Equal(12, terms.GroupTokens["A"]);
        Assert.Equal(5, terms.GroupTokens["B"]);
        var b = terms.Find("partnership", "B")!;
        Assert.Equal(1, b.Count);
        Assert.Equal(200.0, b.RatePer1000, 12);
        Assert.Equal(Math.Log10(1.5), b.TfIdf, 12);                        // corpus-wide df = 2 of 3 documents
        Assert.Equal(2, terms.Top(2).Count(r => r.Group == "A"));
        var frame = terms.ToDataFrame();
        Assert.Equal(["source", "term", "count", "rate_per_1000", "documents", "tfidf"], frame.Columns.Select(c => c.Name).ToArray());
    }

    [Fact]
    public void Frequencies_Stems_DisplayedByTheirCommonestSpelling()
    {
        var terms = TermTestCorpus.Small().Terms(options: TermOptions.Default with { Unit = TermUnit.Stem });
        // partnership ×2 + partnerships ×1 → stem "partnership", 3; cooperates/cooperation tie 1–1 → ordinal "cooperates".
        Assert.Equal(["partnership", "cooperates", "iran", "russia"], terms.Take(4).Select(t => t.Term).ToArray());
        Assert.Equal(3, terms[0].Count);
        Assert.Equal("cooper", terms[1].Key);
        Assert.Equal("stem", terms.ToDataFrame().Columns.Last().Name);
    }

    [Fact]
    public void Frequencies_SurfaceAndNumbers()
    {
        var options = TermOptions.Default with { Unit = TermUnit.Surface, IncludeNumbers = true, StopWords = StopWords.Empty };
        var terms = TermTestCorpus.Small().Terms(options: options);
        Assert.Equal(2, terms.Find("Iran")!.Count);   // "Iran" and "Iran’s" (possessive dropped)
        Assert.Equal(1, terms.Find("The")!.Count);
        Assert.Equal(1, terms.Find("the")!.Count);
        Assert.Equal(1, terms.Find("2026")!.Count);
    }

    [Fact]
    public void Frequencies_Bigrams_NeitherStartNorEndWithStopWordsNorCrossPunctuation()
    {
        var corpus = new Corpus([TermTestCorpus.Doc("x", "A", "The balance of power shifted. Balance of power, power shift.")]);
        var bigrams = corpus.Terms(options: TermOptions.Default with { NGram = 2 });
        Assert.Equal(["power shift", "power shifted"], bigrams.Select(t => t.Term).ToArray());
        Assert.Null(bigrams.Find("power power"));   // "power, power" crosses a comma
        var trigrams = corpus.Terms(options: TermOptions.Default with { NGram = 3 });
        Assert.Equal(2, trigrams.Find("balance of power")!.Count);
        Assert.Null(trigrams.Find("of power shifted"));
    }

    [Fact]
    public void Frequencies_InvalidNGram_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TermTestCorpus.Small().Terms(options: TermOptions.Default with { NGram = 4 }));

    [Fact]
    public void Frequencies_EmptyCorpus_NoRows() => Assert.Empty(new Corpus([]).Terms());

    [Fact]
    public void Frequencies_UnderGermanCulture_SameNumbersAndCsv()
    {
        var before = CultureInfo.CurrentCulture;
        string invariant = NewsFrames.Cli.Output.ToCsv(TermTestCorpus.Small().Terms().ToDataFrame());
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            string german = NewsFrames.Cli.Output.ToCsv(TermTestCorpus.Small().Terms().ToDataFrame());
            Assert.Equal(invariant, german);
            Assert.Contains("iran,2,117.6470588235294", german);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Frequencies_Deterministic_TiesBrokenByTerm()
    {
        var a = TermTestCorpus.Small().Terms().Select(t => t.Term).ToArray();
        var b = new Corpus(TermTestCorpus.Small().Reverse()).Terms().Select(t => t.Term).ToArray();
        Assert.Equal(a, b);
    }
}
