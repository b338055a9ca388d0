namespace NewsFrames.Tests.Corpus;

/// <summary>The boilerplate rules on small hand-made articles (each expectation read off the fixture).</summary>
public class BoilerplateTests
{
    private static Document LoadText(string text, CorpusOptions? options = null)
    {
        using var temp = SharedData.TempFolder();
        temp.Write("a.txt", text);
        return NewsFrames.Corpus.Load(temp.Path, options).Single();
    }

    [Fact]
    public void RelatedLinks_InlineMarkerLine_Removed()
    {
        var d = LoadText("Headline\n\nFirst paragraph of the story.\n\nAlso read: Ministers meet in Geneva\n\nSecond paragraph of the story.\n");
        Assert.Equal("Headline\n\nFirst paragraph of the story.\n\nSecond paragraph of the story.", d.Text);
        Assert.Equal([new Removal("related-links", "Also read: Ministers meet in Geneva")], d.Removals);
    }

    [Fact]
    public void RelatedLinks_MarkerFollowedByOwnParagraphs_OnlyMarkerAndHeadlinesGo()
    {
        var d = LoadText("Headline\n\nOpening paragraph.\n\nRelated Articles\n\nTalks stall in Vienna\nOil climbs on supply fears\n\nThe minister said the deal would be signed next week, officials confirmed.\n\nA final own paragraph.\n");
        Assert.Equal("Headline\n\nOpening paragraph.\n\nThe minister said the deal would be signed next week, officials confirmed.\n\nA final own paragraph.", d.Text);
        Assert.Equal([new Removal("related-links", "Related Articles\n\nTalks stall in Vienna\n\nOil climbs on supply fears")], d.Removals);
    }

    [Fact]
    public void RelatedLinks_MarkerAtEndWithTeasers_WholeBlock()
    {
        var d = LoadText("Headline\n\nOwn paragraph.\n\nYou may also like\n\n  • Other story one\n\n    A teaser sentence about the other story.\n\n  • Other story two\n");
        Assert.Equal("Headline\n\nOwn paragraph.", d.Text);
        Assert.Equal("recirculation", Assert.Single(d.Removals).Rule);
    }

    [Theory]
    [InlineData("Share this article")]
    [InlineData("Share on Facebook")]
    [InlineData("Follow us on Telegram")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Facebook Twitter WhatsApp")]
    public void ShareLines_Removed(string line)
    {
        var d = LoadText($"Headline\n\nOwn paragraph.\n\n{line}\n\nAnother own paragraph.\n");
        Assert.Equal("Headline\n\nOwn paragraph.\n\nAnother own paragraph.", d.Text);
        Assert.Equal([new Removal("share-line", line)], d.Removals);
    }

    [Theory]
    [InlineData("Share prices fell 3% on Monday.")]
    [InlineData("Subscribers to the service rose sharply.")]
    [InlineData("Related talks will follow in Vienna.")]
    [InlineData("Read more about the plan in the annex, the ministry said.")]
    public void OwnSentencesThatLookLikeBoilerplate_Kept(string line)
    {
        var d = LoadText($"Headline\n\nOwn paragraph.\n\n{line}\n");
        Assert.Equal($"Headline\n\nOwn paragraph.\n\n{line}", d.Text);
        Assert.Empty(d.Removals);
    }

    [Theory]
    [InlineData("More to follow.", true)]
    [InlineData("\tStay tuned for updates!", true)]
    [InlineData("- This story will be updated. More to follow", true)]
    [InlineData("Developing story, check back soon for more.  Stay tuned.", true)]
    [InlineData("   ", false)]
    [InlineData("", false)]
    [InlineData("The talks will continue. More to follow.", false)]
    [InlineData("More to follow. The talks will continue.", false)]
    [InlineData("Stay tuned, said the minister.", false)]
    [InlineData("Moreover, the deal follows years of talks.", false)]
    public void IsFiller_OnlyWhenNothingButFillerPhrasesRemain(string paragraph, bool expected)
    {
        // Each expectation read off the definition: removing every filler phrase leaves nothing but blanks.
        Assert.Equal(expected, Boilerplate.IsFiller(paragraph));
    }

    [Fact]
    public void NormalizedEquals_AgreesWithComparingNormalizedStrings()
    {
        string[] samples =
        [
            "", " ", "--", "Reuters", "REUTERS", " reuters ", "Reuters.", "Reu-ters", "Reu ters", "reu  ters", "…Reuters…",
            "Iran–Russia ties", "iran russia ties", "Iran, Russia: ties!", "Iran Russia tie", "Iran Russia tiesx",
            "Tehran Times", "tehran-times", "Tehran Times | News", "2024 summit", "2024-summit", "summit 2024",
            "Ärzte ohne Grenzen", "ärzte ohne grenzen", "Ä", "a", "😀 Reuters", "Reuters 😀", "x😀y", "x y",
        ];
        foreach (var a in samples)
            foreach (var b in samples)
                Assert.True(Boilerplate.Normalize(a) == Boilerplate.Normalize(b) == Boilerplate.NormalizedEquals(a, b), $"'{a}' vs '{b}'");
        Assert.True(Boilerplate.NormalizedEquals("Iran–Russia ties", "iran, russia: TIES!"));
        Assert.False(Boilerplate.NormalizedEquals("Reuters", "Reuter"));
    }

    [Fact]
    public void Filler_Removed()
    {
        var d = LoadText("Headline\n\nOwn paragraph.\n\nThis article will be expanded soon. This story will be updated with more details shortly.\n");
        Assert.Equal("Headline\n\nOwn paragraph.", d.Text);
        Assert.Equal("filler", Assert.Single(d.Removals).Rule);
    }

    [Fact]
    public void Header_SiteLineAboveTitle_Removed()
    {
        var d = LoadText("Daily Planet\n\nHeadline here | Daily Planet\n\nStory text.\n");
        Assert.Equal("Headline here\n\nStory text.", d.Text);
        Assert.Equal("Daily Planet", d.Source);
        Assert.Equal([new Removal("header-site", "Daily Planet"), new Removal("title-site", " | Daily Planet")], d.Removals);
    }

    [Fact]
    public void LongFirstLine_NotATitle_StaysAsParagraph()
    {
        string opening = string.Concat(Enumerable.Repeat("A long opening sentence of the article. ", 6)).Trim();
        var d = LoadText(opening + "\nSecond paragraph.\n");
        Assert.Null(d.Title);
        Assert.Equal(opening + "\n\nSecond paragraph.", d.Text);
    }

    [Fact]
    public void RuleSwitchedOff_NothingRemovedByIt()
    {
        var options = CorpusOptions.Default with { Boilerplate = BoilerplateOptions.Default with { ShareLines = false } };
        var d = LoadText("Headline\n\nOwn paragraph.\n\nShare this article\n", options);
        Assert.EndsWith("Share this article", d.Text);
        Assert.Empty(d.Removals);
    }
}
