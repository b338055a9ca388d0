using NewsFrames.Cli;

namespace NewsFrames.Tests.Report;

using Corpus = NewsFrames.Corpus;

[Collection(ConsoleCollection.Name)]
public class HtmlReportTests
{
    private const string ScriptAttack = "<script>alert('pwned')</script>";
    private const string ImageAttack = "<img src=x onerror=\"alert(1)\">";

    private static Corpus HostileCorpus()
    {
        var documents = new[]
        {
            new Document
            {
                Id = "evil<1>", File = "evil<1>.txt", Source = "Evil " + ImageAttack, Title = "Title " + ScriptAttack,
                Date = new DateTime(2024, 6, 17), Url = "https://example.org/evil?a=1&b=<2>",
                Text = $"Iran and Russia signed a treaty. {ScriptAttack} Moscow said {ImageAttack} yes.\n\nTehran agreed.",
                Removals = [new Removal("related-links", "Related: " + ScriptAttack)],
                Warnings = ["odd byte " + ImageAttack],
            },
            new Document
            {
                Id = "plain", File = "plain.txt", Source = "Plain News", Title = "Iran and Russia",
                Text = "Russia and Iran met in Moscow. The talks were about trade and security.",
                DuplicateOf = null,
            },
            new Document { Id = "copy", File = "copy.txt", Source = "Plain News", Title = "Iran and Russia", Text = "Russia and Iran met in Moscow.", DuplicateOf = "plain" },
        };
        var report = new LoadReport([
            new LoadEntry("bad<script>.json", LoadStatus.Skipped, 0, "malformed JSON at line 3: " + ScriptAttack),
            new LoadEntry("evil<1>.txt", LoadStatus.LoadedWithWarnings, 1, "odd byte " + ImageAttack),
            new LoadEntry("plain.txt", LoadStatus.Loaded, 1, ""),
        ]);
        return new Corpus(documents, report, "/data/hostile");
    }

    [Fact]
    public void Build_ArticleWithScriptAndImage_EverythingEscaped()
    {
        string html = HtmlReport.Build(HostileCorpus()).Html;
        var page = ReportHtml.Parse(html);

        Assert.Empty(ReportHtml.ForeignScripts(page));
        Assert.Empty(ReportHtml.EventHandlers(page));
        Assert.Empty(page.QuerySelectorAll("img"));
        // Outside script elements (chart data is JSON inside a script, where markup is inert text) nothing is raw.
        string markup = ReportHtml.WithoutScripts(page);
        Assert.DoesNotContain(ScriptAttack, markup);
        Assert.DoesNotContain("<img", markup);
        Assert.DoesNotContain("</script><", html);
        // The hostile text is there, as text, where a reader expects it.
        Assert.Contains("Title " + ScriptAttack, page.Body!.TextContent);
        Assert.Contains("Evil " + ImageAttack, page.Body.TextContent);
        Assert.Contains("malformed JSON at line 3: " + ScriptAttack, page.Body.TextContent);
        Assert.Contains("Related: " + ScriptAttack, page.Body.TextContent);
    }

    [Fact]
    public void Build_DocumentsWithUrls_NoNetworkReferences()
    {
        string html = HtmlReport.Build(HostileCorpus()).Html;
        var page = ReportHtml.Parse(html);
        Assert.Empty(ReportHtml.NetworkReferences(page));
        // The article's address is shown as text, not as a link.
        Assert.Contains("https://example.org/evil?a=1&b=<2>", page.Body!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => !(a.GetAttribute("href") ?? "").StartsWith('#'));
    }

    [Fact]
    public void Build_TableOfContents_EveryLinkHasItsTarget()
    {
        var page = ReportHtml.Parse(HtmlReport.Build(HostileCorpus()).Html);
        var links = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToArray();
        Assert.Contains("#overview", links);
        Assert.Contains("#loading", links);
        Assert.Contains("#loading-cleaning", links);
        Assert.Contains("#loading-duplicates", links);
        foreach (string link in links)
            Assert.NotNull(page.GetElementById(link[1..]));
        Assert.Equal(links.Length, links.Distinct().Count());
    }

    [Fact]
    public void Build_LoadReport_CountsAndListsProblems()
    {
        var page = ReportHtml.Parse(HtmlReport.Build(HostileCorpus()).Html);
        var loading = page.GetElementById("loading")!;
        var figures = loading.QuerySelectorAll(".figure").Select(f => (f.QuerySelector(".label")!.TextContent, f.QuerySelector(".value")!.TextContent)).ToArray();
        Assert.Equal([("files seen", "3"), ("loaded", "1"), ("with warnings", "1"), ("skipped", "1")], figures);
        // Problems table: the skipped file and the warned file, not the clean one.
        var files = loading.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr").Select(r => r.Children[0].TextContent).ToArray();
        Assert.Equal(["bad<script>.json", "evil<1>.txt"], files);
        var duplicates = page.GetElementById("loading-duplicates")!.NextElementSibling!.NextElementSibling!;
        Assert.Contains("plain", duplicates.TextContent);
    }

    [Fact]
    public void Build_Overview_DuplicatesNotCountedPerSource()
    {
        var page = ReportHtml.Parse(HtmlReport.Build(HostileCorpus()).Html);
        var rows = page.GetElementById("overview-sources")!.NextElementSibling!.QuerySelectorAll("tbody tr")
            .Select(r => (r.Children[0].TextContent, r.Children[1].TextContent)).ToArray();
        // "copy" duplicates "plain": Plain News counts one article, not two.
        Assert.Equal([("Evil " + ImageAttack, "1"), ("Plain News", "1")], rows);
    }

    [Fact]
    public void Build_SameInputTwice_SameBytes()
    {
        Assert.Equal(HtmlReport.Build(HostileCorpus()).Html, HtmlReport.Build(HostileCorpus()).Html);
    }

    [Fact]
    public void Build_Title_DefaultFromFolderAndOverridable()
    {
        Assert.Equal("NewsFrames report: hostile", HtmlReport.Build(HostileCorpus()).Title);
        var report = HtmlReport.Build(HostileCorpus(), new ReportOptions { Title = "A <b>title</b>" });
        Assert.Equal("A <b>title</b>", ReportHtml.Parse(report.Html).Title);
    }

    [Fact]
    public void Save_WritesAtomicallyAndLeavesNoTemporaryFile()
    {
        using var temp = SharedData.TempFolder();
        string path = Path.Combine(temp.Path, "out", "report.html");
        var report = HtmlReport.Build(HostileCorpus());
        report.Save(path);
        Assert.Equal(report.Html, File.ReadAllText(path));
        Assert.Equal(["report.html"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(f => Path.GetFileName(f)).ToArray());
    }

    [Fact]
    public async Task ReportCommand_FolderWithHostileArticle_WritesEscapedPage()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("corpus/a.txt", $"Moscow talks {ScriptAttack}\n\nIran and Russia met. {ImageAttack} The talks went on.\n");
        temp.Write("corpus/b.txt", "Second article\n\nRussia and Iran signed an agreement in Tehran.\n");
        string output = Path.Combine(temp.Path, "report.html");
        int exit = await NewsFramesCommand.RunAsync(["report", Path.Combine(temp.Path, "corpus"), "--out", output, "--title", "Test"]);
        Assert.Equal(0, exit);
        string html = File.ReadAllText(output);
        var page = ReportHtml.Parse(html);
        Assert.Empty(ReportHtml.ForeignScripts(page));
        Assert.Empty(ReportHtml.EventHandlers(page));
        Assert.Empty(ReportHtml.NetworkReferences(page));
        Assert.Contains(ScriptAttack, page.Body!.TextContent);
        Assert.Equal("Test", page.Title);
    }

    [Fact]
    public async Task ReportCommand_MissingCorpus_FailsWithoutWriting()
    {
        using var temp = SharedData.TempFolder();
        string output = Path.Combine(temp.Path, "report.html");
        int exit = await NewsFramesCommand.RunAsync(["report", Path.Combine(temp.Path, "no-such-folder"), "--out", output]);
        Assert.NotEqual(0, exit);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task ReportCommand_BadLexiconOrGazetteer_NamesFileAndLine_WritesNothing()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("corpus/a.txt", "Trade grows.");
        string output = Path.Combine(temp.Path, "report.html");
        // Line 4 holds the broken pattern: a gap whose minimum is larger than its maximum.
        string lexicon = temp.Write("bad-frames.yaml", "frames:\n  - id: t\n    patterns:\n      - trade [5-2] deal\n");
        var (exit, error) = await CliRunner.Run("report", Path.Combine(temp.Path, "corpus"), "--out", output, "--lexicon", lexicon);
        Assert.Equal(2, exit);
        Assert.Contains($"{lexicon}:4:", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));

        // Line 2 opens a flow sequence that never closes; the YAML parser notices at the end of input, line 3.
        string gazetteer = temp.Write("bad-entities.yaml", "entities:\n  - name: [Iran\n");
        (exit, error) = await CliRunner.Run("report", Path.Combine(temp.Path, "corpus"), "--out", output, "--gazetteer", gazetteer);
        Assert.Equal(2, exit);
        Assert.Contains($"{gazetteer}, line 3: invalid YAML", error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Build_Seeds_AllSectionsAndEveryArticle()
    {
        var corpus = Corpus.Load(SharedData.Seeds);
        var report = HtmlReport.Build(corpus);
        Assert.Empty(report.Problems);
        Assert.Equal(["overview", "loading", "terms", "keyness", "frames", "entities", "similarity", "about"], report.Sections.Select(s => s.Id).ToArray());
        var page = ReportHtml.Parse(report.Html);
        Assert.Empty(ReportHtml.NetworkReferences(page));
        Assert.Empty(ReportHtml.ForeignScripts(page));
        foreach (var document in corpus)
            Assert.Contains(document.Id, page.GetElementById("overview-documents")!.NextElementSibling!.TextContent);
    }
}
