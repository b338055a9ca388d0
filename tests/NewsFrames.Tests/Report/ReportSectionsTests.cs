using System.Globalization;
using AngleSharp.Dom;

namespace NewsFrames.Tests.Report;

using Corpus = NewsFrames.Corpus;

public class ReportSectionsTests
{
    private static Document Doc(string id, string source, string text) => new() { Id = id, File = id + ".txt", Source = source, Title = id, Text = text };

    // quanteda's keyness test case (REFERENCE.md): target "b×7 a×3", reference "a×7 b×2", with words that are not stop words.
    private static Corpus KeynessCorpus() => new([
        Doc("a1", "Alpha", "bear bear bear bear bear bear bear ant ant ant"),
        Doc("b1", "Beta", "ant ant ant ant ant ant ant bear bear"),
    ]);

    private static IElement Cell(IElement grid, string heading) =>
        grid.QuerySelectorAll(".cell").Single(c => c.QuerySelector("h4")!.TextContent == heading);

    private static string[][] Rows(IElement container) =>
        container.QuerySelector("table")!.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()).ToArray();

    [Fact]
    public void Keyness_QuantedaTestVector_ShownPerSource()
    {
        var page = ReportHtml.Parse(HtmlReport.Build(KeynessCorpus()).Html);
        var grid = page.GetElementById("keyness")!.QuerySelector(".grid")!;
        // chi² = 2.632438 with quanteda's conditional Yates (REFERENCE.md); p = erfc(sqrt(chi²/2)) = 0.104701 (python3 math.erfc), shown to three decimals.
        Assert.Equal([["bear", "7", "2", "2.63", "0.105"]], Rows(Cell(grid, "Alpha")));
        Assert.Equal([["ant", "7", "3", "2.63", "0.105"]], Rows(Cell(grid, "Beta")));
    }

    [Fact]
    public void Terms_CountsAndRatesPerSource()
    {
        var page = ReportHtml.Parse(HtmlReport.Build(KeynessCorpus()).Html);
        // Corpus: ant 10, bear 9 of 19 tokens → 526.32 and 473.68 per 1,000 (hand-computed).
        Assert.Equal([["ant", "10", "526.32", "2"], ["bear", "9", "473.68", "2"]], Rows(page.GetElementById("terms-corpus")!.NextElementSibling!));
        var grid = page.GetElementById("terms-by-source")!.NextElementSibling!;
        Assert.Equal([["bear", "7", "700", "1"], ["ant", "3", "300", "1"]], Rows(Cell(grid, "Alpha")));
    }

    [Fact]
    public void Keyness_OneSource_SaysWhyThereIsNone()
    {
        var corpus = new Corpus([Doc("a1", "Alpha", "bear ant"), Doc("a2", "Alpha", "ant")]);
        var section = ReportHtml.Parse(HtmlReport.Build(corpus).Html).GetElementById("keyness")!;
        Assert.Contains("single source", section.TextContent);
        Assert.Null(section.QuerySelector("table"));
    }

    [Fact]
    public void Frames_EvidenceMarksTheMatchAndEscapesTheSentence()
    {
        var corpus = new Corpus([
            Doc("x1", "Alpha", "Iran and Russia are <b>strategic partners</b> now. <script>alert(1)</script> The end."),
            Doc("x2", "Beta", "Nothing to see here."),
        ]);
        string html = HtmlReport.Build(corpus).Html;
        var page = ReportHtml.Parse(html);
        Assert.Empty(ReportHtml.ForeignScripts(page));
        var evidence = page.GetElementById("frames")!.QuerySelectorAll("blockquote.evidence")
            .Single(b => b.QuerySelector("mark")?.TextContent == "strategic partners");
        Assert.StartsWith("Iran and Russia are <b>strategic partners</b> now.", evidence.TextContent);
        Assert.Null(evidence.QuerySelector("b"));
        Assert.Contains("x1", evidence.QuerySelector("cite")!.TextContent);
    }

    [Fact]
    public void Frames_RatesPer1000AndSharePerSource()
    {
        // Alpha: one match of "strategic partner*" in 4 tokens ("strategic partners of Russia" → 4 tokens) = 250 per 1,000; one of one article = 100%.
        var corpus = new Corpus([Doc("x1", "Alpha", "strategic partners of Russia"), Doc("x2", "Beta", "nothing here at all")]);
        var page = ReportHtml.Parse(HtmlReport.Build(corpus).Html);
        var tables = page.GetElementById("frames")!.QuerySelectorAll("table").ToArray();
        var header = tables[0].QuerySelectorAll("thead th").Select(t => t.TextContent).ToArray();
        Assert.Equal(["frame", "Alpha", "Beta"], header);
        var rates = Rows(tables[0].ParentElement!);
        var strategic = rates.Single(r => r[0] == FrameLexicon.Default.Frames.Single(f => f.Patterns.Any(p => p.Text.StartsWith("strategic partner", StringComparison.Ordinal))).Label);
        Assert.Equal(["250", "0"], strategic[1..]);
        var shares = Rows(tables[1].ParentElement!).Single(r => r[0] == strategic[0]);
        Assert.Equal(["100", "0"], shares[1..]);
    }

    [Fact]
    public void Entities_CountedPerSource()
    {
        var corpus = new Corpus([
            Doc("x1", "Alpha", "Iran met Russia. Iran agreed."),
            Doc("x2", "Beta", "Russia spoke."),
        ]);
        var page = ReportHtml.Parse(HtmlReport.Build(corpus).Html);
        var top = Rows(page.GetElementById("entities-top")!.NextElementSibling!);
        Assert.Contains(["Iran", "country", "2", "1"], top);
        Assert.Contains(["Russia", "country", "2", "2"], top);
        var alpha = Rows(Cell(page.GetElementById("entities-by-source")!.NextElementSibling!, "Alpha"));
        Assert.Equal(["Iran", "2", "1"], alpha[0]);
    }

    [Fact]
    public void Build_UnderGermanCulture_NumbersStayInvariant()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var page = ReportHtml.Parse(HtmlReport.Build(KeynessCorpus()).Html);
            Assert.Equal("526.32", Rows(page.GetElementById("terms-corpus")!.NextElementSibling!)[0][2]);
            Assert.DoesNotContain("526,32", page.Body!.TextContent);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Build_FailingSection_ShownWithItsErrorAndTheRestStillBuilt()
    {
        var sections = new List<ReportSections.Definition>(ReportSections.All);
        sections.Insert(1, new("broken", "Broken", (_, _) => throw new InvalidOperationException("bad <script>alert(1)</script> input")));
        var report = HtmlReport.Build(KeynessCorpus(), null, sections);
        Assert.Equal(["Broken: InvalidOperationException: bad <script>alert(1)</script> input"], report.Problems);
        Assert.Equal(ReportSections.All.Count + 1, report.Sections.Count);
        var page = ReportHtml.Parse(report.Html);
        Assert.Empty(ReportHtml.ForeignScripts(page));
        Assert.Contains("could not be built", page.GetElementById("broken")!.QuerySelector("p.error")!.TextContent);
        Assert.NotNull(page.GetElementById("keyness")!.QuerySelector("table"));
    }
}
