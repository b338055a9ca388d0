namespace NewsFrames.Tests.Corpus;

/// <summary>
/// Per seed: the exact paragraphs kept and the exact blocks removed. Expected paragraphs are the seed file's own
/// lines (trimmed, blank lines dropped), minus the line numbers listed here, which were checked by hand against the
/// files (cat -n seeds/*.txt): every other line of every seed, headline included, is the article's own and must survive.
/// </summary>
public class SeedCleaningTests
{
    private static readonly Lazy<NewsFrames.Corpus> Seeds = new(() => NewsFrames.Corpus.Load(SharedData.Seeds));

    private static Document Seed(string prefix) => Seeds.Value.Single(d => d.Id.StartsWith(prefix, StringComparison.Ordinal));

    private static string[] LinesExcept(string prefix, params int[] excluded)
    {
        var file = Directory.GetFiles(SharedData.Seeds, prefix + "*.txt").Single();
        return File.ReadAllLines(file)
            .Select((line, i) => (Line: line.Trim(), Number: i + 1))
            .Where(x => x.Line.Length > 0 && !excluded.Contains(x.Number))
            .Select(x => x.Line)
            .ToArray();
    }

    private static string[] Paragraphs(Document d) => d.Text.Split("\n\n");

    [Fact]
    public void Load_Seeds_FiveDocumentsWithManifestMetadata()
    {
        var corpus = Seeds.Value;
        Assert.Equal(5, corpus.Count);
        Assert.Equal([Document.UnknownSource, "Iran Press", "Sputnik"], corpus.Sources);
        var sputnik = Seed("004");
        Assert.Equal("Iran and Russia, Building stronger Strategic Partnership", sputnik.Title);
        Assert.Equal(new DateTime(2024, 6, 17), sputnik.Date);
        Assert.Equal("Iran Press", Seed("001").Source);
        Assert.Null(Seed("000").Title);
        Assert.All(corpus, d => Assert.Null(d.DuplicateOf));
        Assert.Contains(corpus.Report.Entries, e => e.File == "sources.csv" && e.Message == "manifest: 5 of 5 rows applied");
    }

    [Fact]
    public void Seed000_NoTitleLine_EveryLineKept()
    {
        // Line 1 is a 578-character opening paragraph, not a headline: it stays in the text.
        var d = Seed("000");
        Assert.Equal(LinesExcept("000"), Paragraphs(d));
        Assert.Empty(d.Removals);
    }

    [Fact]
    public void Seed001_RelatedNewsMidArticle_MarkerAndHeadlineOnly_ReadMoreTailWhole()
    {
        var d = Seed("001");
        Assert.Equal("Iran-Russia strategic relations at a glance", d.Title);
        // Removed: 15+17 and 29+31 (two mid-article "Related News:" markers with their headline),
        // 40-46 ("Read More:" and three headlines at the end).
        Assert.Equal(LinesExcept("001", 15, 17, 29, 31, 40, 42, 44, 46), Paragraphs(d));
        Assert.Equal(
        [
            new Removal("related-links", "Related News:\n\nIran-Russia, strategic alliance"),
            new Removal("related-links", "Related News:\n\nRaisi, Putin consult on Afghanistan, JCPOA"),
            new Removal("recirculation", "Read More:\n\nAmir-Abdollahian, Lavrov urge boosting cooperation\n\nIran's FM arrives in Moscow for regional consultations\n\nNew round of Vienna talks must have tangible, practical result: Amir-Abdollahian"),
        ], d.Removals);
        // The paragraphs right after each marker are the article's own and are kept.
        Assert.Contains("The joint strategy of Iran and Russia is to strengthen and develop multilateralism against Western unilateralism.", Paragraphs(d));
        Assert.StartsWith("Russia's role in the Iran Nuclear Deal", Paragraphs(d)[^3]);
    }

    [Fact]
    public void Seed002_RepeatedTitleAndSimilarPostsTail_Removed()
    {
        var d = Seed("002");
        Assert.Equal("FM Araghchi Delivers Key Letter from Leader to Putin: A Diplomatic Milestone", d.Title);
        // Removed: 3 (title repeated), 29-49 ("Similar Posts" with its filler, Lebanon, Namibia,
        // security-clearance and flight items). The article's own bullet list (15-17) stays.
        Assert.Equal(LinesExcept("002", [3, .. Enumerable.Range(29, 21)]), Paragraphs(d));
        Assert.Equal(2, d.Removals.Count);
        Assert.Equal(new Removal("repeated-title", "FM Araghchi Delivers Key Letter from Leader to Putin: A Diplomatic Milestone"), d.Removals[0]);
        Assert.Equal("recirculation", d.Removals[1].Rule);
        Assert.Equal(string.Join("\n\n", LinesExcept("002", [.. Enumerable.Range(1, 28)])), d.Removals[1].Text);
        Assert.StartsWith("Similar Posts\n\n• This article will be expanded soon.", d.Removals[1].Text);
        Assert.Contains("Lebanon", d.Removals[1].Text);
        Assert.Contains("Namibia", d.Removals[1].Text);
        Assert.Contains("Security Clearances", d.Removals[1].Text);
        Assert.Contains("• Comprehensive Strategic Agreement: This agreement has successfully passed through the Russian Duma and is currently being processed in Iran’s legislative framework.", Paragraphs(d));
    }

    [Fact]
    public void Seed003_NothingRemoved_FirstLineIsTitle()
    {
        var d = Seed("003");
        Assert.Equal("Iran and Russia seek to launch a new era of cooperation with Iranian president’s two-day visit to Moscow.", d.Title);
        Assert.Equal(LinesExcept("003"), Paragraphs(d));
        Assert.Empty(d.Removals);
    }

    [Fact]
    public void Seed004_WeatherDateAndMostPopular_Removed()
    {
        var d = Seed("004");
        // Removed: 1 ("41.1 C"), 2 ("Monday, June 17, 2024"), " | Sputnik" from the headline (line 4),
        // 30 ("Most Popular Articles"). Line 6, "23 April: …", is the article's own subheading and stays.
        string[] expected = [.. LinesExcept("004", 1, 2, 30)];
        Assert.Equal("Iran and Russia, Building stronger Strategic Partnership | Sputnik", expected[0]);
        expected[0] = "Iran and Russia, Building stronger Strategic Partnership";
        Assert.Equal(expected, Paragraphs(d));
        Assert.Equal(
        [
            new Removal("header-weather", "41.1 C"),
            new Removal("header-date", "Monday, June 17, 2024"),
            new Removal("title-site", " | Sputnik"),
            new Removal("recirculation", "Most Popular Articles"),
        ], d.Removals);
    }

    [Fact]
    public void Seed004_WithoutManifest_TitleSourceAndDateFromText()
    {
        using var temp = SharedData.TempFolder();
        var source = Directory.GetFiles(SharedData.Seeds, "004*.txt").Single();
        string copy = temp.Write("004.txt", File.ReadAllBytes(source));
        var d = Assert.Single(NewsFrames.Corpus.Load(copy));
        Assert.Equal("Iran and Russia, Building stronger Strategic Partnership", d.Title);
        Assert.Equal("Sputnik", d.Source);
        Assert.Equal(new DateTime(2024, 6, 17), d.Date);
    }

    [Fact]
    public void Load_SingleSeedFile_UsesTheFolderManifest()
    {
        var file = Directory.GetFiles(SharedData.Seeds, "001*.txt").Single();
        var d = Assert.Single(NewsFrames.Corpus.Load(file));
        Assert.Equal("Iran Press", d.Source);
    }

    [Fact]
    public void Load_BoilerplateOff_TextAsRead()
    {
        var corpus = NewsFrames.Corpus.Load(SharedData.Seeds, CorpusOptions.Default with { Boilerplate = BoilerplateOptions.None });
        var d = corpus.Single(x => x.Id.StartsWith("001", StringComparison.Ordinal));
        Assert.Equal(LinesExcept("001"), Paragraphs(d));
        Assert.Empty(corpus.SelectMany(x => x.Removals));
        Assert.All(corpus, x => Assert.Equal(LinesExcept(x.Id[..3]), Paragraphs(x)));
        // With the header rule off, the manifest's title is still the title.
        Assert.Equal("Iran and Russia, Building stronger Strategic Partnership", corpus.Single(x => x.Id.StartsWith("004", StringComparison.Ordinal)).Title);
    }

    [Fact]
    public void Load_EachRuleSwitchable()
    {
        var options = CorpusOptions.Default with { Boilerplate = BoilerplateOptions.Default with { HeaderNoise = false, RepeatedTitle = false } };
        var corpus = NewsFrames.Corpus.Load(SharedData.Seeds, options);
        var rules = corpus.SelectMany(d => d.Removals).Select(r => r.Rule).Distinct().Order().ToArray();
        Assert.Equal(["recirculation", "related-links"], rules);
    }

    [SkippableFact]
    public void Seeds_AreTheSharedSeedsByteForByte()
    {
        string shared = Path.Combine(Path.GetDirectoryName(SharedData.Data("bbc"))!, "..", "seeds");
        Skip.IfNot(Directory.Exists(shared), "../shared/seeds is absent.");
        foreach (var file in Directory.GetFiles(shared, "*.txt"))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(SharedData.Seeds, Path.GetFileName(file))));
    }
}
