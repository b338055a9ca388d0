namespace NewsFrames.Tests.Performance;

using Corpus = NewsFrames.Corpus;

/// <summary>The content-hash cache: unchanged articles are reused, changed ones recomputed, and a new configuration invalidates everything.</summary>
public class IncrementalCacheTests
{
    private const string TradeLexicon = "frames:\n  - id: trade\n    label: Trade\n    description: Trade and money.\n    patterns: [trade, national currencies]\n";

    private static void WriteArticles(TempFolder temp)
    {
        temp.Write("articles/a.txt", "Iran and Russia expand trade\n\nThe two countries will trade in national currencies, officials said.");
        temp.Write("articles/b.txt", "Sanctions bite\n\nWestern sanctions and pressure shape the strategic partnership between Tehran and Moscow.");
        temp.Write("articles/c.txt", "A new era\n\nOfficials called the treaty a historic milestone and a counterbalance to Western influence.");
    }

    private static IncrementalAnalysis Run(TempFolder temp, FrameLexicon? lexicon = null, Gazetteer? gazetteer = null) =>
        IncrementalAnalysis.Run(CorpusStream.Read(Path.Combine(temp.Path, "articles")),
            new IncrementalOptions { CachePath = Path.Combine(temp.Path, "cache", "analysis.db"), Lexicon = lexicon, Gazetteer = gazetteer, MaxDegreeOfParallelism = 2 });

    /// <summary>The same numbers computed with no cache at all: the in-memory tokenizer and frame paths.</summary>
    private static void AssertEqualsUncached(IncrementalAnalysis run, string folder, FrameLexicon? lexicon = null, Gazetteer? gazetteer = null)
    {
        var corpus = Corpus.Load(folder);
        var expectedFrames = corpus.Frames(lexicon);
        Assert.Equal(expectedFrames.Hits.ToArray(), run.Frames.Hits.ToArray());
        Assert.Equal(expectedFrames.Documents.ToArray(), run.Frames.Documents.ToArray());
        Assert.Equal(expectedFrames.BySource().ToArray(), run.Frames.BySource().ToArray());

        var tokens = corpus.Tokenize();
        var expectedTerms = tokens.SelectMany(d => d.Tokens.Select(t => tokens.Vocabulary[t.Stem]))
            .GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (long)g.Count(), StringComparer.Ordinal);
        Assert.Equal(expectedTerms.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray(),
            run.Terms.Terms().Select(r => KeyValuePair.Create(r.Term, r.Count)).OrderBy(p => p.Key, StringComparer.Ordinal).ToArray());
        Assert.Equal(tokens.Sum(d => (long)d.Tokens.Count), run.Terms.TokenCount);

        var expectedEntities = tokens.Entities(gazetteer);
        Assert.Equal(expectedEntities.ToArray(), run.Entities!.ToArray());
        foreach (var scope in new[] { "sentence", "paragraph", "document", "3" })
        {
            var options = CooccurrenceOptions.Parse(scope) with { BySource = true };
            Assert.Equal(expectedEntities.Cooccurrence(options).ToArray(), run.Entities!.Cooccurrence(options).ToArray());
        }
    }

    [Fact]
    public void Rerun_Unchanged_NothingRecomputed()
    {
        using var temp = SharedData.TempFolder();
        WriteArticles(temp);
        var first = Run(temp);
        Assert.Equal((3, 0, false), (first.Processed, first.Reused, first.Invalidated));
        var second = Run(temp);
        Assert.Equal((0, 3, false), (second.Processed, second.Reused, second.Invalidated));
        AssertEqualsUncached(second, Path.Combine(temp.Path, "articles"));
    }

    [Fact]
    public void Rerun_OneFileChanged_OnlyThatFileRecomputed()
    {
        using var temp = SharedData.TempFolder();
        WriteArticles(temp);
        Run(temp);
        temp.Write("articles/b.txt", "Sanctions bite\n\nWestern sanctions hit trade; the partnership holds.");
        var rerun = Run(temp);
        Assert.Equal((1, 2), (rerun.Processed, rerun.Reused));
        // The changed article's new hit ("trade") is there and its old text is gone from the counts.
        Assert.Contains(rerun.Frames.Hits, h => h.Document == "b" && h.Matched == "trade");
        Assert.Equal(0, rerun.Terms.Count("pressur"));
        AssertEqualsUncached(rerun, Path.Combine(temp.Path, "articles"));
    }

    [Fact]
    public void Rerun_OneArticleAdded_OnlyThatArticleProcessed()
    {
        using var temp = SharedData.TempFolder();
        WriteArticles(temp);
        Run(temp);
        temp.Write("articles/d.txt", "Corridor opens\n\nThe North-South transport corridor will carry trade.");
        var rerun = Run(temp);
        Assert.Equal((1, 3), (rerun.Processed, rerun.Reused));
        AssertEqualsUncached(rerun, Path.Combine(temp.Path, "articles"));
    }

    [Fact]
    public void Rerun_LexiconChanged_CacheInvalidatedAndEverythingRecomputed()
    {
        using var temp = SharedData.TempFolder();
        WriteArticles(temp);
        Run(temp);
        var trade = FrameLexicon.Parse(TradeLexicon, "trade.yaml");
        var rerun = Run(temp, trade);
        Assert.Equal((3, 0, true), (rerun.Processed, rerun.Reused, rerun.Invalidated));
        // Hand count: "trade" in a's title, "trade" and "national currencies" in a's body (apart, so not merged): 3 hits, all in a.
        Assert.Equal(["trade", "trade", "national currencies"], rerun.Frames.Hits.Select(h => h.Matched).ToArray());
        Assert.All(rerun.Frames.Hits, h => Assert.Equal("a", h.Document));
        AssertEqualsUncached(rerun, Path.Combine(temp.Path, "articles"), trade);

        // Back to the default lexicon: invalidated again, not mixed with the trade-lexicon results.
        var back = Run(temp);
        Assert.Equal((3, 0, true), (back.Processed, back.Reused, back.Invalidated));
    }

    [Fact]
    public void Rerun_GazetteerChanged_CacheInvalidatedAndEverythingRecomputed()
    {
        using var temp = SharedData.TempFolder();
        WriteArticles(temp);
        var first = Run(temp);
        Assert.Contains(first.Entities!, m => m.Entity == "Iran");
        var withTehran = Gazetteer.Default.With(new GazetteerEntity("Tehran (city)", EntityType.Place, ["Tehran"]));
        Assert.NotEqual(IncrementalAnalysis.GazetteerFingerprint(Gazetteer.Default), IncrementalAnalysis.GazetteerFingerprint(withTehran));
        var rerun = Run(temp, gazetteer: withTehran);
        Assert.Equal((3, 0, true), (rerun.Processed, rerun.Reused, rerun.Invalidated));
        AssertEqualsUncached(rerun, Path.Combine(temp.Path, "articles"), gazetteer: withTehran);
        // The same gazetteer again: everything reused.
        var again = Run(temp, gazetteer: withTehran);
        Assert.Equal((0, 3, false), (again.Processed, again.Reused, again.Invalidated));
    }

    [Fact]
    public void Fingerprint_ExtraPartChanged_Differs()
    {
        var a = IncrementalAnalysis.FingerprintOf(new IncrementalOptions());
        var b = IncrementalAnalysis.FingerprintOf(new IncrementalOptions { ExtraFingerprint = ["gazetteer=1234"] });
        var c = IncrementalAnalysis.FingerprintOf(new IncrementalOptions { Unit = TallyUnit.Lower });
        Assert.Equal(3, new[] { a, b, c }.Distinct().Count());
        Assert.Equal(a, IncrementalAnalysis.FingerprintOf(new IncrementalOptions()));
    }

    [Fact]
    public void KeyOf_TextOrIdentityChanged_Differs()
    {
        var doc = new Document { Id = "a", File = "a.txt", Text = "Iran and Russia" };
        var keys = new[]
        {
            AnalysisCache.KeyOf(doc),
            AnalysisCache.KeyOf(doc with { Text = "Iran and Russia." }),
            AnalysisCache.KeyOf(doc with { Id = "b" }),
            AnalysisCache.KeyOf(doc with { Source = "Sputnik" }),
        };
        Assert.Equal(4, keys.Distinct().Count());
        Assert.Equal(keys[0], AnalysisCache.KeyOf(doc with { }));
        // Length-prefixed fields: moving a character from one field to the next changes the key.
        Assert.NotEqual(AnalysisCache.KeyOf(new Document { Id = "ab", File = "c", Text = "" }), AnalysisCache.KeyOf(new Document { Id = "a", File = "bc", Text = "" }));
    }

    [Fact]
    public void Open_NotADatabase_ErrorNamesTheFile()
    {
        using var temp = SharedData.TempFolder();
        string path = temp.Write("cache.db", new byte[8192].Select((_, i) => (byte)(i * 7)).ToArray());
        var error = Assert.ThrowsAny<Exception>(() => AnalysisCache.Open(path, "x").Dispose());
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
