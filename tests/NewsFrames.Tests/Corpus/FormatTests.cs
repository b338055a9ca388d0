using System.Text;

namespace NewsFrames.Tests.Corpus;

/// <summary>Each format with a small fixture; expected values are read off the fixture by hand.</summary>
public class FormatTests
{
    private static NewsFrames.Corpus Load(TempFolder temp, CorpusOptions? options = null) => NewsFrames.Corpus.Load(temp.Path, options);

    [Fact]
    public void Txt_FirstLineTitle_ParagraphsByLine()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("a.txt", "Oil prices rise\n\nOil rose 3% on Monday.\nTraders cited supply cuts.\n");
        var d = Assert.Single(Load(temp));
        Assert.Equal("a", d.Id);
        Assert.Equal("a.txt", d.File);
        Assert.Equal("Oil prices rise", d.Title);
        Assert.Equal("Oil prices rise\n\nOil rose 3% on Monday.\n\nTraders cited supply cuts.", d.Text);
        Assert.Null(d.Source);
    }

    [Fact]
    public void Txt_HardWrapped_LinesJoinedWithinBlocks()
    {
        using var temp = SharedData.TempFolder();
        string wrapped = string.Join('\n',
            "Central bank holds rates",
            "",
            "The central bank kept its main interest rate unchanged on Thursday, citing",
            "uncertainty over inflation and a slowing labour market across the region.",
            "Analysts had expected the decision after weeks of mixed economic signals",
            "from manufacturing surveys and retail sales figures published this month.",
            "",
            "The governor said the bank would act if price growth picked up again over",
            "the coming quarter, and that a cut later in the year remained possible if",
            "wage growth continued to ease as the latest figures have begun to suggest.");
        temp.Write("wrapped.txt", wrapped);
        var d = Assert.Single(Load(temp));
        Assert.Equal("Central bank holds rates", d.Title);
        var paragraphs = d.Text.Split("\n\n");
        Assert.Equal(3, paragraphs.Length);
        Assert.Equal("Central bank holds rates", paragraphs[0]);
        Assert.StartsWith("The central bank kept its main interest rate unchanged on Thursday, citing uncertainty", paragraphs[1]);
        Assert.EndsWith("figures published this month.", paragraphs[1]);
    }

    [Fact]
    public void Markdown_FrontMatterFieldsAndPlainText()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("story.md", """
            ---
            title: "Talks resume in Vienna"
            source: Example Times
            date: 17 June 2024
            url: https://example.org/vienna
            ---
            # Talks resume in Vienna

            Negotiators **met again** on [Monday](https://example.org/monday).

            - First point of the list.
            - Second point.
            """);
        var d = Assert.Single(Load(temp));
        Assert.Equal("Talks resume in Vienna", d.Title);
        Assert.Equal("Example Times", d.Source);
        Assert.Equal(new DateTime(2024, 6, 17), d.Date);
        Assert.Equal("https://example.org/vienna", d.Url);
        Assert.Equal("Talks resume in Vienna\n\nNegotiators met again on Monday.\n\nFirst point of the list.\n\nSecond point.", d.Text);
        Assert.Empty(d.Removals);
    }

    [Fact]
    public void Markdown_NoFrontMatter_HeadingIsTitle()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("b.md", "# Heading here\n\nBody text of the story.\n");
        var d = Assert.Single(Load(temp));
        Assert.Equal("Heading here", d.Title);
        Assert.Equal("Heading here\n\nBody text of the story.", d.Text);
    }

    [Fact]
    public void Html_MetaTagsAndArticleText()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("page.html", """
            <!DOCTYPE html>
            <html><head>
              <title>Iran and Russia sign deal | Example News</title>
              <meta property="og:title" content="Iran and Russia sign deal">
              <meta property="og:site_name" content="Example News">
              <meta property="article:published_time" content="2024-06-17T09:30:00+03:30">
              <link rel="canonical" href="https://example.org/deal">
              <script>var tracking = 1;</script>
            </head><body>
              <nav><a href="/">Home</a> <a href="/world">World</a></nav>
              <header><p>Site header</p></header>
              <article>
                <h1>Iran and Russia sign deal</h1>
                <p>The two countries signed a <b>20-year</b> agreement on Friday.</p>
                <p>Officials said   trade would grow.</p>
                <ul><li>Energy</li><li>Transport</li></ul>
                <aside>Advertisement</aside>
              </article>
              <footer>© Example News</footer>
            </body></html>
            """);
        var d = Assert.Single(Load(temp));
        Assert.Equal("Iran and Russia sign deal", d.Title);
        Assert.Equal("Example News", d.Source);
        Assert.Equal(new DateTime(2024, 6, 17, 9, 30, 0), d.Date);
        Assert.Equal("https://example.org/deal", d.Url);
        Assert.Equal("Iran and Russia sign deal\n\nThe two countries signed a 20-year agreement on Friday.\n\nOfficials said trade would grow.\n\nEnergy\n\nTransport", d.Text);
        Assert.Empty(d.Removals);
    }

    [Fact]
    public void Html_TitleWithSiteSuffix_NoMeta_SiteBecomesSource()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("p.htm", "<html><head><title>Deal signed | Wire Service</title></head><body><p>Text of the deal story.</p></body></html>");
        var d = Assert.Single(Load(temp));
        Assert.Equal("Deal signed", d.Title);
        Assert.Equal("Wire Service", d.Source);
    }

    [Fact]
    public void Json_ArrayOfObjects_DefaultFieldNamesAndNestedSource()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("items.json", """
            [
              {"headline": "First", "body": "Text one.", "source": {"id": null, "name": "Agency A"}, "publishedAt": "2024-06-17T10:00:00Z", "link": "https://a.example/1"},
              {"title": "Second", "content": "Text two.", "outlet": "Paper B", "date": "June 18, 2024"},
              42
            ]
            """);
        var corpus = Load(temp);
        Assert.Equal(2, corpus.Count);
        Assert.Equal(("items#1", "First", "Agency A", new DateTime(2024, 6, 17, 10, 0, 0), "https://a.example/1", "Text one."),
            (corpus[0].Id, corpus[0].Title, corpus[0].Source, corpus[0].Date, corpus[0].Url, corpus[0].Text));
        Assert.Equal(("items#2", "Second", "Paper B", new DateTime(2024, 6, 18)), (corpus[1].Id, corpus[1].Title, corpus[1].Source, corpus[1].Date));
        var entry = Assert.Single(corpus.Report.Entries);
        Assert.Equal(LoadStatus.LoadedWithWarnings, entry.Status);
        Assert.Equal("line 4 (item 3): not an object; skipped", entry.Message);
    }

    [Fact]
    public void Json_OneObject_AndObjectHoldingArticles()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("one.json", """{"title": "Only", "text": "Single article."}""");
        temp.Write("api.json", """{"status": "ok", "articles": [{"title": "A", "content": "From an API."}]}""");
        var corpus = Load(temp);
        Assert.Equal(["api#1", "one"], corpus.Select(d => d.Id).ToArray());
        Assert.Equal("From an API.", corpus[0].Text);
        Assert.Equal("Single article.", corpus[1].Text);
    }

    [Fact]
    public void Jsonl_OneArticlePerLine_BadLineSkippedWithLineNumber()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("feed.jsonl", "{\"title\": \"A\", \"text\": \"Alpha text.\"}\n\n{\"title\": \"B\", \"text\": \"Beta\n{not json}\n{\"title\": \"C\", \"text\": \"Gamma text.\"}\n");
        var corpus = Load(temp);
        Assert.Equal(["feed#1", "feed#5"], corpus.Select(d => d.Id).ToArray());
        var entry = Assert.Single(corpus.Report.Entries);
        Assert.Equal(LoadStatus.LoadedWithWarnings, entry.Status);
        Assert.StartsWith("line 3: malformed JSON", entry.Message);
        Assert.Contains("line 4: malformed JSON", entry.Message);
    }

    [Fact]
    public void Csv_OneArticlePerRow_QuotedNewlinesAndMappedFields()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("rows.csv", "story_title,story,paper,when\n\"Rates, again\",\"First paragraph.\n\nSecond \"\"quoted\"\" paragraph.\",Daily,2024-06-17\nPlain,Just text.,Weekly,17 June 2024\n");
        var options = CorpusOptions.Default with
        {
            Fields = FieldMap.Default with { Title = ["story_title"], Text = ["story"], Source = ["paper"], Date = ["when"] },
        };
        var corpus = Load(temp, options);
        Assert.Equal(2, corpus.Count);
        Assert.Equal("rows#1", corpus[0].Id);
        Assert.Equal("Rates, again", corpus[0].Title);
        Assert.Equal("First paragraph.\n\nSecond \"quoted\" paragraph.", corpus[0].Text);
        Assert.Equal("Daily", corpus[0].Source);
        Assert.Equal(new DateTime(2024, 6, 17), corpus[1].Date);
    }

    [Fact]
    public void Csv_RowWithWrongFieldCount_SkippedWithLine()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("rows.csv", "title,text\nA,Alpha text.\nB,Beta,extra\nC,Gamma text.\n");
        var corpus = Load(temp);
        Assert.Equal(["rows#1", "rows#3"], corpus.Select(d => d.Id).ToArray());
        Assert.Equal("line 3 (row 2): 3 fields, the header has 2; skipped", corpus.Report.Entries.Single().Message);
    }

    [Fact]
    public void Manifest_OverridesInferredMetadata()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("sub/a.txt", "Inferred title | Inferred Site\n\nBody of a.\n");
        temp.Write("sub/b.txt", "B title\n\nBody of b.\n");
        temp.Write("manifest.csv", "file,title,source,date,url\nsub/a.txt,Manifest title,Manifest Source,\"June 17, 2024\",https://m.example/a\nsub/missing.txt,X,Y,,\n");
        var corpus = Load(temp);
        var a = corpus.Single(d => d.Id == "sub/a");
        Assert.Equal(("Manifest title", "Manifest Source", new DateTime(2024, 6, 17), "https://m.example/a"), (a.Title, a.Source, a.Date, a.Url));
        Assert.Equal("Inferred title\n\nBody of a.", a.Text);
        Assert.Equal([new Removal("title-site", " | Inferred Site")], a.Removals);
        var b = corpus.Single(d => d.Id == "sub/b");
        Assert.Equal(("B title", (string?)null), (b.Title, b.Source));
        var manifest = corpus.Report.Entries.Single(e => e.File == "manifest.csv");
        Assert.Equal(LoadStatus.LoadedWithWarnings, manifest.Status);
        Assert.Equal("manifest: 1 of 2 rows applied; line 3: \"sub/missing.txt\" not found", manifest.Message);
    }

    [Fact]
    public void Ids_SameNameDifferentExtension_StayUnique()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("a.txt", "T\n\nPlain text story.\n");
        temp.Write("a.md", "# M\n\nMarkdown story.\n");
        var corpus = Load(temp);
        Assert.Equal(["a.md", "a.txt"], corpus.Select(d => d.Id).ToArray());
    }

    [Theory]
    [InlineData("utf8-bom")]
    [InlineData("utf16le")]
    [InlineData("utf16be")]
    [InlineData("utf8")]
    public void Encodings_BomDecides_TextIsTheSame(string encoding)
    {
        const string text = "Café in Zürich\n\nThe “ministers” met — briefly.\n";
        byte[] bytes = encoding switch
        {
            "utf8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf16be" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            _ => Encoding.UTF8.GetBytes(text),
        };
        using var temp = SharedData.TempFolder();
        temp.Write("e.txt", bytes);
        var corpus = Load(temp);
        var d = Assert.Single(corpus);
        Assert.Equal("Café in Zürich", d.Title);
        Assert.Equal("Café in Zürich\n\nThe “ministers” met — briefly.", d.Text);
        Assert.Equal(LoadStatus.Loaded, corpus.Report.Entries.Single().Status);
    }

    [Fact]
    public void Encodings_InvalidUtf8_FallsBackToWindows1252WithWarning()
    {
        using var temp = SharedData.TempFolder();
        // "£5" with a Windows-1252 pound sign (0xA3), invalid as UTF-8, on line 3.
        temp.Write("w.txt", [.. "Title\n\nIt cost "u8, 0xA3, .. "5 and \u201cmore\u201d.\n"u8.ToArray()]);
        var corpus = Load(temp);
        var d = Assert.Single(corpus);
        Assert.StartsWith("Title\n\nIt cost £5", d.Text);
        var entry = corpus.Report.Entries.Single();
        Assert.Equal(LoadStatus.LoadedWithWarnings, entry.Status);
        Assert.Equal("line 3: invalid UTF-8 (byte 0xA3 at offset 15); decoded as Windows-1252", entry.Message);
        Assert.Equal([entry.Message], d.Warnings);
    }
}
