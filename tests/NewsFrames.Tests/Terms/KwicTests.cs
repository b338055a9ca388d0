namespace NewsFrames.Tests.Terms;

using Corpus = NewsFrames.Corpus;

public class KwicTests
{
    private static Corpus Sample() => new([
        TermTestCorpus.Doc("d1", "A", "Iran and Russia signed a deal. The Iran-Russia partnership is strategic."),
        TermTestCorpus.Doc("d2", "B", "Strategic partnerships <b>grow</b> & sanctions bite."),
    ]);

    [Fact]
    public void Kwic_Word_MatchesCompoundPartsWithWindowAndSentence()
    {
        var hits = Sample().Kwic("russia", window: 2);
        Assert.Equal(2, hits.Count);
        Assert.Equal(("Iran and", "Russia", "signed a"), (hits[0].Pre, hits[0].Keyword, hits[0].Post));
        Assert.Equal("Iran and Russia signed a deal.", hits[0].Context);
        Assert.Equal(("deal. The", "Iran-Russia", "partnership is"), (hits[1].Pre, hits[1].Keyword, hits[1].Post));
        Assert.Equal(1, hits[1].Sentence);
        Assert.Equal("Iran-Russia", Sample()[0].Text[hits[1].Start..hits[1].End]);
    }

    [Fact]
    public void Kwic_PhraseGlobStemAndRegex()
    {
        Assert.Equal(["Strategic partnerships"], Sample().Kwic("strategic partner*").Select(h => h.Keyword).ToArray());
        Assert.Equal(["partnership is strategic"], Sample().Kwic("partnership is strategic").Select(h => h.Keyword).ToArray());
        Assert.Equal(2, Sample().Kwic("partnership", type: PatternType.Stem).Count);
        Assert.Single(Sample().Kwic("partnership", type: PatternType.Exact));
        Assert.Equal(2, Sample().Kwic("sign.*|sanction.*", type: PatternType.Regex).Count);
        Assert.Empty(Sample().Kwic("nothing*"));
    }

    [Fact]
    public void Kwic_Html_EscapesTextAndMarksKeyword()
    {
        string html = Sample().Kwic("grow", window: 3).ToHtml();
        Assert.Contains("<mark>grow</mark>", html);
        Assert.Contains("&lt;b&gt;", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&amp; sanctions", html);
    }

    [Fact]
    public void Kwic_BadPattern_Throws()
    {
        Assert.Throws<ArgumentException>(() => Sample().Kwic(" "));
        var ex = Assert.Throws<ArgumentException>(() => Sample().Kwic("(", type: PatternType.Regex));
        Assert.Contains("Invalid regular expression", ex.Message);
    }
}
