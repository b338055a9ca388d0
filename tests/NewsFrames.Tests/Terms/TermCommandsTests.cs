using NewsFrames.Cli;

namespace NewsFrames.Tests.Terms;

using Corpus = NewsFrames.Corpus;

[Collection(ConsoleCollection.Name)]
public class TermCommandsTests
{
    private static async Task<(int Code, string Output)> Run(TempFolder temp, params string[] args)
    {
        string outFile = Path.Combine(temp.Path, "out-" + Guid.NewGuid().ToString("N") + ".csv");
        int code = await NewsFramesCommand.RunAsync([.. args, "--format", "csv", "--out", outFile]);
        return (code, File.Exists(outFile) ? File.ReadAllText(outFile) : "");
    }

    [Fact]
    public async Task Terms_Csv_HasTheIssueColumnsAndHandCounts()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("c/a.txt", "Iran and Russia. Iran’s partnership grew.");
        temp.Write("c/b.txt", "The Iran-Russia partnership, the partnerships.");
        var (code, csv) = await Run(temp, "terms", Path.Combine(temp.Path, "c"));
        Assert.Equal(0, code);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("term,count,rate_per_1000,documents,tfidf", lines[0]);
        // The loader's title line is part of the text; "iran" 2 (a.txt) + 0: 2 occurrences in 1 of 2 documents → tfidf 2·log10(2).
        Assert.StartsWith("iran,2,", lines[1]);
        Assert.EndsWith(",1,0.6020599913279624", lines[1]);
    }

    [Fact]
    public async Task Terms_BySourceAndStems()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("c/a.txt", "Partnerships and partnership.");
        var (code, csv) = await Run(temp, "terms", Path.Combine(temp.Path, "c"), "--by", "source", "--unit", "stem");
        Assert.Equal(0, code);
        Assert.StartsWith("source,term,count,rate_per_1000,documents,tfidf,stem\n(unknown),partnership,2,", csv);
    }

    [Fact]
    public async Task Kwic_And_Collocations_Run()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("c/a.txt", "The trade deal was signed. A trade deal is a trade deal.");
        var (code, csv) = await Run(temp, "kwic", Path.Combine(temp.Path, "c"), "trade deal", "--window", "1");
        Assert.Equal(0, code);
        Assert.Equal(4, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);   // header + 3 hits
        (code, csv) = await Run(temp, "collocations", Path.Combine(temp.Path, "c"));
        Assert.Equal(0, code);
        Assert.StartsWith("collocation,length,count,lambda,z\ntrade deal,2,3,", csv);
    }

    [Fact]
    public async Task Keyness_UnknownSource_ExitCode1NoOutput()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("c/a.txt", "Some text here.");
        var (code, csv) = await Run(temp, "keyness", Path.Combine(temp.Path, "c"), "--target", "Sputnik");
        Assert.Equal(1, code);
        Assert.Equal("", csv);
        (code, _) = await Run(temp, "keyness", Path.Combine(temp.Path, "c"));
        Assert.Equal(1, code);
    }

    [Fact]
    public async Task BadStopWordFile_ExitCode1()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("c/a.txt", "Some text here.");
        string stop = temp.Write("stop.txt", "the\ntwo words\n");
        var (code, _) = await Run(temp, "terms", Path.Combine(temp.Path, "c"), "--stopwords", stop);
        Assert.Equal(1, code);
    }

    [SkippableFact]
    public async Task Keyness_TargetSource_FromTheLoadersMetadata()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("c/t.txt", "b b b b b b b a a a");
        temp.Write("c/r.txt", "a a a a a a a b b");
        temp.Write("c/sources.csv", "file,title,source,date,url\nt.txt,,Target,,\nr.txt,,Reference,,\n");
        Skip.If(Corpus.Load(Path.Combine(temp.Path, "c")).Sources.Count < 2, "The corpus loader does not read sources.csv yet.");
        var (code, csv) = await Run(temp, "keyness", Path.Combine(temp.Path, "c"), "--target", "Target", "--keep-stopwords");
        Assert.Equal(0, code);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("term,target_count,reference_count,target_total,reference_total,chi2,g2,pmi,log_ratio,p,correction", lines[0]);
        // quanteda's test case; chi² with its default (conditional Yates) correction, REFERENCE.md: 2.632438.
        Assert.StartsWith("b,7,2,10,9,2.63243827160493", lines[1]);
    }
}
