namespace NewsFrames.Tests.Corpus;

public class ReutersSgmlTests
{
    // A story copied from reut2-000.sgm (NEWID 1, body shortened), and a TYPE="UNPROC" story without TITLE/BODY.
    private const string Sample = """
        <!DOCTYPE lewis SYSTEM "lewis.dtd">
        <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5544" NEWID="1">
        <DATE>26-FEB-1987 15:01:01.79</DATE>
        <TOPICS><D>cocoa</D></TOPICS>
        <PLACES><D>el-salvador</D><D>usa</D><D>uruguay</D></PLACES>
        <PEOPLE></PEOPLE>
        <ORGS></ORGS>
        <EXCHANGES></EXCHANGES>
        <COMPANIES></COMPANIES>
        <UNKNOWN> 
        &#5;&#5;&#5;C T
        &#22;&#22;&#1;f0704&#31;reute
        u f BC-BAHIA-COCOA-REVIEW   02-26 0105</UNKNOWN>
        <TEXT>&#2;
        <TITLE>BAHIA COCOA REVIEW</TITLE>
        <DATELINE>    SALVADOR, Feb 26 - </DATELINE><BODY>Showers continued throughout the week in
        the Bahia cocoa zone, alleviating the drought since early
        January.
            The dry period means the temporao will be late &lt;this> year.
         Reuter
        &#3;</BODY></TEXT>
        </REUTERS>
        <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="16314" NEWID="994">
        <DATE> 3-MAR-1987 09:13:32.69</DATE>
        <TOPICS></TOPICS>
        <PLACES><D>usa</D></PLACES>
        <TEXT TYPE="UNPROC">&#2;
        U.S. SHAREHOLDER MEETINGS - MARCH 3
         None Reportedd
         Reuter
        &#3;

        </TEXT>
        </REUTERS>
        """;

    [Fact]
    public void Parse_NormStory_FieldsEntitiesAndCategories()
    {
        var stories = ReutersSgml.Parse(Sample, "reut2-000.sgm");
        Assert.Equal(2, stories.Count);
        var s = stories[0];
        Assert.Equal(1, s.NewId);
        Assert.Equal(5544, s.OldId);
        Assert.Equal(2, s.Line);
        Assert.Equal(new DateTime(1987, 2, 26, 15, 1, 1, 790), s.Date);
        Assert.Equal("BAHIA COCOA REVIEW", s.Title);
        Assert.Equal("SALVADOR, Feb 26 -", s.Dateline);
        Assert.Equal(["cocoa"], s.Topics);
        Assert.Equal(["el-salvador", "usa", "uruguay"], s.Places);
        Assert.Empty(s.People);
        Assert.Equal("TRAIN", s.LewisSplit);
        Assert.Equal("Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary.\n    The dry period means the temporao will be late <this> year.\n Reuter", s.Body);
    }

    [Fact]
    public void ToDocument_JoinsWrappedLinesIntoParagraphs_RemovesSignOff()
    {
        var doc = ReutersSgml.Parse(Sample, "reut2-000.sgm")[0].ToDocument();
        Assert.Equal("reut2-000#1", doc.Id);
        Assert.Equal("Reuters", doc.Source);
        Assert.Equal("BAHIA COCOA REVIEW", doc.Title);
        Assert.Equal("Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January.\n\nThe dry period means the temporao will be late <this> year.", doc.Text);
        Assert.Equal([new Removal("sign-off", "Reuter")], doc.Removals);
    }

    [Fact]
    public void Parse_UnprocStory_WholeTextIsTheBody()
    {
        var s = ReutersSgml.Parse(Sample, "reut2-000.sgm")[1];
        Assert.Equal("UNPROC", s.TextType);
        Assert.Null(s.Title);
        Assert.Equal("U.S. SHAREHOLDER MEETINGS - MARCH 3\n None Reportedd\n Reuter", s.Body);
        Assert.Equal(new DateTime(1987, 3, 3, 9, 13, 32, 690), s.Date);
        Assert.Equal(23, s.Line); // counted by hand in Sample above
    }

    [Fact]
    public void Parse_UnclosedStory_ErrorNamesFileAndLine()
    {
        string broken = "<!DOCTYPE lewis>\n<REUTERS NEWID=\"1\">\n<TEXT>x</TEXT>\n<REUTERS NEWID=\"2\">\n</REUTERS>\n";
        var e = Assert.Throws<CorpusLoadException>(() => ReutersSgml.Parse(broken, "bad.sgm"));
        Assert.Equal("bad.sgm", e.File);
        Assert.Equal(2, e.Line);
        Assert.StartsWith("bad.sgm:2:", e.Message);
    }

    [Fact]
    public void Parse_StoryWithoutNewId_ErrorNamesFileAndLine()
    {
        string broken = "<!DOCTYPE lewis>\n<REUTERS NEWID=\"1\">\n</REUTERS>\n\n<REUTERS OLDID=\"7\">\n<TEXT>x</TEXT>\n</REUTERS>\n";
        var e = Assert.Throws<CorpusLoadException>(() => ReutersSgml.Parse(broken, "bad.sgm"));
        Assert.Equal("bad.sgm", e.File);
        Assert.Equal(5, e.Line);
        Assert.Contains("no NEWID", e.Message);
    }

    public static TheoryData<string, byte[]> Encodings()
    {
        // Sample with a title that has a non-ASCII letter, in each encoding the reader may meet; "latin1" is not UTF-8
        // and falls back to Windows-1252 as the whole-text decoder does.
        string text = Sample.Replace("BAHIA COCOA REVIEW", "BAHIA CACAU ÜBERSICHT", StringComparison.Ordinal);
        return new()
        {
            { "utf-8", System.Text.Encoding.UTF8.GetBytes(text) },
            { "utf-8-bom", [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)] },
            { "latin1", System.Text.Encoding.Latin1.GetBytes(text) },
            { "utf-16le", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(text)] },
        };
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Read_FileInEachEncoding_SameStoriesAsParsingItsText(string encoding, byte[] bytes)
    {
        string folder = Path.Combine(Path.GetTempPath(), "newsframes-reuters-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "reut2-000.sgm"), bytes);
            var read = ReutersSgml.Read(folder);
            var parsed = ReutersSgml.Parse(TextDecoder.Decode(bytes).Text, "reut2-000.sgm");
            Assert.Equal("BAHIA CACAU ÜBERSICHT", read[0].Title);
            Assert.Equal(parsed.Select(s => (s.NewId, s.File, s.Line, s.Title, s.Body)), read.Select(s => (s.NewId, s.File, s.Line, s.Title, s.Body)));
            Assert.True(read.Count == 2, $"{encoding}: {read.Count} stories");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("a &lt;b&gt; &amp;amp; &quot;q&quot; &nbsp;&eacute;&copy;")]
    [InlineData("&#65;&#x42;&#X43;&#+68; &# 69;&#1114111;&#128512;")]
    [InlineData("not entities: &bogus; &; &#; &#x; &#xZZ; &#55296; &#1114112; &#-1;")]
    [InlineData("&&amp; a & b; c &amp")]
    public void Decode_SameAsWebUtility(string value)
    {
        // WebUtility.HtmlDecode is what the reader used before it decoded in place.
        char[] scratch = [];
        Assert.Equal(System.Net.WebUtility.HtmlDecode(value), SgmlText.Decode(value, ref scratch).ToString());
    }

    [Fact]
    public void Read_UnclosedStoryInFile_ErrorNamesFileAndLine()
    {
        // The reader finds stories in the file's bytes; the line is counted there, after a multi-byte character.
        string path = Path.Combine(Path.GetTempPath(), "newsframes-reuters-" + Guid.NewGuid().ToString("N") + ".sgm");
        File.WriteAllText(path, "<!DOCTYPE lewis>\n<REUTERS NEWID=\"1\"><TEXT>Zürich</TEXT></REUTERS>\n\n<REUTERS NEWID=\"2\">\n<TEXT>x</TEXT>\n");
        try
        {
            var e = Assert.Throws<CorpusLoadException>(() => ReutersSgml.Read(path));
            Assert.Equal(Path.GetFileName(path), e.File);
            Assert.Equal(4, e.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_MissingPath_ClearError()
    {
        var e = Assert.Throws<CorpusLoadException>(() => ReutersSgml.Read("/no/such/reuters"));
        Assert.Contains("no such file or folder", e.Message);
    }

    [SkippableFact]
    public void Read_RealCollection_21578StoriesOneEmpty()
    {
        // Counts from the collection's README (21,578 stories) and an independent Python regex pass over the
        // .sgm files: exactly one story (NEWID 12793, reut2-012.sgm) has neither title nor text; 737 are UNPROC,
        // 1,798 BRIEF; 20,841 have a TITLE; PLACES "iran" occurs in 177 stories.
        var stories = ReutersSgml.Read(SharedData.Data("reuters21578"));
        Assert.Equal(21578, stories.Count);
        Assert.Equal(Enumerable.Range(1, 21578), stories.Select(s => s.NewId).Order());
        var empty = Assert.Single(stories, s => s.Title is null && s.Body.Length == 0);
        Assert.Equal(12793, empty.NewId);
        Assert.Equal("reut2-012.sgm", empty.File);
        Assert.Equal(737, stories.Count(s => s.TextType == "UNPROC"));
        Assert.Equal(1798, stories.Count(s => s.TextType == "BRIEF"));
        Assert.Equal(20841, stories.Count(s => s.Title is not null));
        Assert.Equal(177, stories.Count(s => s.Places.Contains("iran")));
    }

    [SkippableFact]
    public void Read_RealCollection_EveryFieldAndDocumentUnchanged()
    {
        // SHA-256 over every field of every story of the 22 files, its ToDocument() and its paragraphs, computed with
        // the regex-and-Split reader before it was rewritten as one pass over spans: the rewrite must not change a
        // character of what it reads.
        var stories = ReutersSgml.Read(SharedData.Data("reuters21578"));
        Assert.Equal("DCAAB86A4E296B22A54EE7D5FDDC284E601D296049391B85EB668456A5697569", StoriesDigest(stories));
    }

    [SkippableFact]
    public void ReadDocuments_RealCollection_SameAsEachStorysToDocument()
    {
        // The documents read without story records must be the stories' own documents, field for field, with the
        // UTF-8 size of TitleAndBody beside each, for all 21,578 stories (the empty one and the UNPROC ones included).
        string folder = SharedData.Data("reuters21578");
        var stories = ReutersSgml.Read(folder);
        var documents = ReutersSgml.ReadDocuments(folder, "~3");
        Assert.Equal(stories.Count, documents.Count);
        for (int i = 0; i < stories.Count; i++)
        {
            var expected = stories[i].ToDocument();
            var (actual, bytes) = documents[i];
            Assert.Equal(expected.Id + "~3", actual.Id);
            Assert.Equal((expected.File, expected.Source, expected.Title, expected.Date, expected.Text, expected.Url, expected.DuplicateOf),
                (actual.File, actual.Source, actual.Title, actual.Date, actual.Text, actual.Url, actual.DuplicateOf));
            Assert.Equal(expected.Removals, actual.Removals);
            Assert.Equal(expected.Warnings, actual.Warnings);
            Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(stories[i].TitleAndBody), bytes);
        }
        Assert.Equal(17_110_000, documents.Sum(d => d.TitleAndBodyBytes), 10_000d);
    }

    [Theory]
    [MemberData(nameof(Encodings))]
    public void ReadDocuments_FileInEachEncoding_SameAsToDocument(string encoding, byte[] bytes)
    {
        string folder = Path.Combine(Path.GetTempPath(), "newsframes-reuters-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "reut2-000.sgm"), bytes);
            var expected = ReutersSgml.Read(folder).Select(s => s.ToDocument()).ToList();
            var actual = ReutersSgml.ReadDocuments(folder).Select(d => d.Document).ToList();
            Assert.True(actual.Count == 2, $"{encoding}: {actual.Count} documents");
            Assert.Equal("BAHIA CACAU ÜBERSICHT", actual[0].Title);
            Assert.Equal(expected.Select(d => (d.Id, d.Title, d.Date, d.Text)), actual.Select(d => (d.Id, d.Title, d.Date, d.Text)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ReadDocuments_UnclosedStoryOrMissingNewId_ErrorNamesFileAndLine()
    {
        string path = Path.Combine(Path.GetTempPath(), "newsframes-reuters-" + Guid.NewGuid().ToString("N") + ".sgm");
        try
        {
            File.WriteAllText(path, "<!DOCTYPE lewis>\n<REUTERS NEWID=\"1\"><TEXT>Zürich</TEXT></REUTERS>\n\n<REUTERS NEWID=\"2\">\n<TEXT>x</TEXT>\n");
            var unclosed = Assert.Throws<CorpusLoadException>(() => ReutersSgml.ReadDocuments(path));
            Assert.Equal((Path.GetFileName(path), 4), (unclosed.File, unclosed.Line));
            File.WriteAllText(path, "<!DOCTYPE lewis>\n<REUTERS NEWID=\"1\"><TEXT>a</TEXT></REUTERS>\n<REUTERS OLDID=\"2\">\n<TEXT>b</TEXT></REUTERS>\n");
            var noId = Assert.Throws<CorpusLoadException>(() => ReutersSgml.ReadDocuments(path));
            Assert.Equal((Path.GetFileName(path), 3), (noId.File, noId.Line));
            Assert.Contains("no NEWID", noId.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [SkippableFact]
    public void ReadArticles_RealCollection_SameAsParsingTheDecodedTextStoryByStory()
    {
        // The generic loader reads .sgm files from their bytes a story at a time. For each of the 22 files, the
        // articles must be what the loader built before: the whole file decoded, parsed into stories, and each story's
        // title, date and BodyParagraphs taken (a title-only story keeps its title as its text; a story with neither is
        // left out with a warning). The decode warning (reut2-017.sgm has a byte that is not UTF-8) must be the same too.
        int files = 0, articles = 0;
        foreach (var path in Directory.GetFiles(SharedData.Data("reuters21578"), "*.sgm").Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            string name = Path.GetFileName(path);
            Assert.True(ReutersSgml.CanReadArticles(bytes), name);
            var decoded = TextDecoder.Decode(bytes);
            Assert.Equal(decoded.Warning, TextDecoder.FallbackWarning(bytes));

            var expectedWarnings = new List<string>();
            var expected = new List<(string, int?, string?, DateTime?, string, string)>();
            foreach (var story in ReutersSgml.Parse(decoded.Text, name))
            {
                var (paragraphs, removals) = story.BodyParagraphs();
                if (paragraphs.Count == 0 && story.Title is null)
                {
                    expectedWarnings.Add($"line {story.Line} (NEWID {story.NewId}): no title and no text; skipped");
                    continue;
                }
                expected.Add(("#" + story.NewId, story.Line, story.Title, story.Date,
                    string.Join("\n", paragraphs.Count > 0 ? paragraphs : [story.Title!]), string.Join("\n", removals.Select(r => r.Rule + ":" + r.Text))));
            }
            var warnings = new List<string>();
            var actual = ReutersSgml.ReadArticles(bytes, name, warnings).Select(a => (a.IdSuffix!, a.Line, a.Title, a.Date,
                string.Join("\n", a.Paragraphs.Select(p => p.Text)), string.Join("\n", a.Removals.Select(r => r.Rule + ":" + r.Text)))).ToList();
            Assert.Equal(expected, actual);
            Assert.Equal(expectedWarnings, warnings);
            files++;
            articles += actual.Count;
        }
        Assert.Equal(22, files);
        Assert.Equal(21577, articles);
    }

    private static string StoriesDigest(IEnumerable<ReutersStory> stories)
    {
        using var hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        // Length-prefixed, so that no two different field sequences hash alike; null differs from "".
        void Add(string? s) => hash.AppendData(System.Text.Encoding.UTF8.GetBytes(s is null ? "-1:" : $"{s.Length}:{s}"));
        void AddAll(IReadOnlyList<string> list)
        {
            Add(list.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var s in list) Add(s);
        }
        string? Ticks(DateTime? d) => d?.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var s in stories)
        {
            Add($"{s.NewId} {s.OldId} {s.Line}");
            Add(s.File);
            Add(Ticks(s.Date));
            Add(s.TextType);
            Add(s.Title);
            Add(s.Dateline);
            Add(s.Body);
            AddAll(s.Topics);
            AddAll(s.Places);
            AddAll(s.People);
            AddAll(s.Orgs);
            AddAll(s.Exchanges);
            Add(s.LewisSplit);
            var d = s.ToDocument();
            Add(d.Id);
            Add(d.File);
            Add(d.Source);
            Add(d.Title);
            Add(Ticks(d.Date));
            Add(d.Url);
            Add(d.Text);
            AddAll(d.Removals.SelectMany(r => new[] { r.Rule, r.Text }).ToList());
            AddAll(d.Warnings);
            Add(d.DuplicateOf);
            var (paragraphs, removals) = s.BodyParagraphs();
            AddAll(paragraphs);
            AddAll(removals.SelectMany(r => new[] { r.Rule, r.Text }).ToList());
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
