namespace NewsFrames.Tests.Terms;

using Corpus = NewsFrames.Corpus;

public class SeedTermsTests
{
    private static readonly TermOptions Stems = TermOptions.Default with { Unit = TermUnit.Stem };

    [Fact]
    public void Seeds_TopTenStems_IncludeIranRussiaCooperation()
    {
        var top = Corpus.Load(SharedData.Seeds).Terms(options: Stems).Top(10).Select(t => t.Key).ToArray();
        Assert.Contains("iran", top);
        Assert.Contains("russia", top);
        Assert.Contains("cooper", top);   // displayed as "cooperation", its commonest spelling
    }

    [SkippableFact]
    public void Seeds_RemovedBoilerplate_LeavesNoTrace()
    {
        var corpus = Corpus.Load(SharedData.Seeds);
        Skip.If(corpus.All(d => d.Removals.Count == 0), "The corpus loader does not remove boilerplate yet.");
        var terms = corpus.Terms(options: Stems);
        Assert.Null(terms.Find("namibia"));
        Assert.Null(terms.Find("lebanon"));
        var top = terms.Top(10).Select(t => t.Key).ToArray();
        Assert.Contains("iran", top);
        Assert.Contains("russia", top);
        Assert.Contains("cooper", top);
    }
}
