using System.Security.Cryptography;

namespace NewsFrames.Tests.Corpus;

/// <summary>Bad input: clear messages naming file and line, one bad file never stops a load, nothing lost.</summary>
public class BadInputTests
{
    [Fact]
    public void Load_MissingPath_OneClearError()
    {
        var e = Assert.Throws<CorpusLoadException>(() => NewsFrames.Corpus.Load("/no/such/folder"));
        Assert.Equal("/no/such/folder: no such file or folder", e.Message);
    }

    [Fact]
    public void Load_FolderWithoutReadableArticle_OneClearError()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("empty.txt", "");
        temp.Write("image.png", [0x89, 0x50, 0x4E, 0x47]);
        var e = Assert.Throws<CorpusLoadException>(() => NewsFrames.Corpus.Load(temp.Path));
        Assert.Contains("no readable article (2 files seen, 2 skipped", e.Message);
        Assert.Contains("empty.txt: empty file", e.Message);
        Assert.Contains("image.png: unsupported extension .png", e.Message);
    }

    [Fact]
    public void Load_OneBadFileAmongMany_SkippedAndReported_OthersLoaded()
    {
        using var temp = SharedData.TempFolder();
        for (int i = 0; i < 20; i++) temp.Write($"ok/{i:D2}.txt", $"Headline {i}\n\nStory number {i} about something else entirely, item {i * 7}.\n");
        temp.Write("bad/broken.json", "[\n  {\"title\": \"A\", \"text\": \"x\"},\n  {\"title\": \"B\" \"text\": \"y\"}\n]");
        temp.Write("bad/broken.csv", "title,text\nA,\"never closed\nB,b\n");
        temp.Write("bad/binary.txt", [0x41, 0x00, 0x42, 0x00, 0x43]);
        temp.Write("bad/blank.md", "   \n\n");
        temp.Write("bad/front.md", "---\ntitle: [unclosed\n---\nBody.\n");
        temp.Write("bad/notes.docx", "PK");
        temp.Write("bad/bad.sgm", "<REUTERS NEWID=\"1\">\n<TEXT>x</TEXT>\n");
        var corpus = NewsFrames.Corpus.Load(temp.Path);
        Assert.Equal(20, corpus.Count);
        var skipped = corpus.Report.Skipped.ToDictionary(e => e.File, e => e.Message);
        Assert.Equal(7, skipped.Count);
        Assert.StartsWith("line 3: malformed JSON", skipped["bad/broken.json"]);
        Assert.Equal("line 2: malformed CSV: a quoted field is never closed", skipped["bad/broken.csv"]);
        Assert.Equal("binary content (NUL bytes); not a text file", skipped["bad/binary.txt"]);
        Assert.Equal("empty file (white space only)", skipped["bad/blank.md"]);
        // The unclosed "[" on line 2 is detected where the front matter ends, at the closing "---" on line 3.
        Assert.StartsWith("line 3: malformed YAML front matter", skipped["bad/front.md"]);
        Assert.Equal("unsupported extension .docx", skipped["bad/notes.docx"]);
        Assert.Equal("line 1: <REUTERS> element is not closed by </REUTERS>", skipped["bad/bad.sgm"]);
        Assert.Equal(27, corpus.Report.Entries.Count);
    }

    [Fact]
    public void Load_ReutersFilesMalformedOrInOtherEncodings_EachNamedOrReadAlike()
    {
        // The loader reads .sgm stories from the file's bytes when they hold <REUTERS> as ASCII, and from the decoded
        // text otherwise (UTF-16): the same article either way, and the same messages for the broken ones.
        const string story = "<REUTERS NEWID=\"7\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT><TITLE>COCOA TALKS</TITLE>\n<BODY>Cocoa talks resumed.\n Reuter\n</BODY></TEXT>\n</REUTERS>\n";
        using var temp = SharedData.TempFolder();
        temp.Write("utf8.sgm", story);
        temp.Write("utf16.sgm", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(story)]);
        temp.Write("bad/no-id.sgm", story + "<REUTERS OLDID=\"8\">\n<TEXT>x</TEXT>\n</REUTERS>\n");
        temp.Write("bad/blank.sgm", "  \n\n");
        temp.Write("bad/no-stories.sgm", "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n");
        var corpus = NewsFrames.Corpus.Load(temp.Path);
        var skipped = corpus.Report.Skipped.ToDictionary(e => e.File, e => e.Message);
        // The first story takes seven lines; the one without NEWID opens on line 8.
        Assert.Equal("line 8: <REUTERS> has no NEWID attribute", skipped["bad/no-id.sgm"]);
        Assert.Equal("empty file (white space only)", skipped["bad/blank.sgm"]);
        Assert.Equal("no article in the file", skipped["bad/no-stories.sgm"]);
        Assert.Equal(3, skipped.Count);
        var docs = corpus.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(["utf16#7", "utf8#7"], docs.Select(d => d.Id));
        foreach (var d in docs)
        {
            Assert.Equal(("COCOA TALKS", "Reuters", new DateTime(1987, 2, 26, 15, 1, 1, 790), "Cocoa talks resumed."), (d.Title, d.Source, d.Date, d.Text));
            Assert.Equal([new Removal("sign-off", "Reuter")], d.Removals.Where(r => r.Rule == "sign-off"));
        }
    }

    [Fact]
    public void Load_DocumentationFilesInAFolder_SkippedAsNotArticles()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("README.md", "# About this data set\n\nCollected in 2024.\n");
        temp.Write("LICENSE.txt", "CC BY 4.0\n\nAttribution required.\n");
        temp.Write("a.txt", "Headline\n\nStory.\n");
        temp.Write(".hidden/x.txt", "Hidden\n\nNot read.\n");
        var corpus = NewsFrames.Corpus.Load(temp.Path);
        Assert.Equal(["a"], corpus.Select(d => d.Id).ToArray());
        Assert.Equal(["LICENSE.txt", "README.md"], corpus.Report.Skipped.Select(e => e.File).ToArray());
        Assert.All(corpus.Report.Skipped, e => Assert.StartsWith("not an article", e.Message));
    }

    [Fact]
    public void Load_JsonItemWithoutText_SkippedWithItemAndLine()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("a.json", "[\n {\"title\": \"Has text\", \"text\": \"Body.\"},\n {\"title\": \"No text\"}\n]");
        var corpus = NewsFrames.Corpus.Load(temp.Path);
        Assert.Single(corpus);
        Assert.StartsWith("line 3 (item 2): no text (looked for text, body, content", corpus.Report.Entries.Single().Message);
    }

    [Fact]
    public void Load_UnrecognisedDate_LeftEmptyWithWarning()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("a.csv", "title,text,date\nT,Body text.,sometime in spring\n");
        var corpus = NewsFrames.Corpus.Load(temp.Path);
        Assert.Null(corpus[0].Date);
        Assert.Equal("line 2 (row 1): date \"sometime in spring\" not recognised; left empty", corpus.Report.Entries.Single().Message);
        Assert.Equal([corpus.Report.Entries.Single().Message], corpus[0].Warnings);
    }

    [Fact]
    public void Load_SingleMalformedFile_ErrorNamesFileAndLine()
    {
        using var temp = SharedData.TempFolder();
        string file = temp.Write("broken.json", "{\n  \"title\": \"A\",\n  oops\n}");
        var e = Assert.Throws<CorpusLoadException>(() => NewsFrames.Corpus.Load(file));
        Assert.Contains("broken.json: line 3: malformed JSON", e.Message);
    }

    [Fact]
    public void Load_InputsAreNeverModified()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("a.txt", "41.1 C\nMonday, June 17, 2024\n\nHeadline | Site\n\nBody.\n\nRelated News:\n\nOther story\n");
        temp.Write("sources.csv", "file,title\na.txt,Headline\n");
        var before = Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).Order()
            .Select(f => (f, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), File.GetLastWriteTimeUtc(f))).ToArray();
        NewsFrames.Corpus.Load(temp.Path);
        var after = Directory.GetFiles(temp.Path, "*", SearchOption.AllDirectories).Order()
            .Select(f => (f, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))), File.GetLastWriteTimeUtc(f))).ToArray();
        Assert.Equal(before, after);
    }
}
