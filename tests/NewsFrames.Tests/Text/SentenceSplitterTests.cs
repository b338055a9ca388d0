namespace NewsFrames.Tests.Text;

public class SentenceSplitterTests
{
    private static TokenizedDocument Tokenize(string text) =>
        Tokenizer.Tokenize(new Document { Id = "t", File = "t.txt", Text = text }, new Vocabulary());

    private static string[] Sentences(string text)
    {
        var doc = Tokenize(text);
        return doc.Sentences.Select(s => doc.SentenceText(s)).ToArray();
    }

    public static TheoryData<string> SeedFiles() =>
        new(Directory.GetFiles(SharedData.Seeds, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Split_Seed_MatchesHandCheckedSentences(string file)
    {
        // Expected sentences: TestData/Text/seed-sentences (an independent splitter, every line checked by hand; see its README).
        string expectedPath = Path.Combine(AppContext.BaseDirectory, "TestData", "Text", "seed-sentences", file);
        var expected = File.ReadAllLines(expectedPath).Where(l => l.Length > 0).ToArray();
        string text = File.ReadAllText(Path.Combine(SharedData.Seeds, file)).ReplaceLineEndings("\n");
        Assert.Equal(expected, Sentences(text));
    }

    [Fact]
    public void Split_SeedCounts_AreTheHandCountedOnes()
    {
        int[] counts = Directory.GetFiles(SharedData.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => Tokenize(File.ReadAllText(f).ReplaceLineEndings("\n")).Sentences.Count).ToArray();
        Assert.Equal([35, 25, 63, 31, 29], counts);
    }

    [Theory]
    [InlineData("Mr. Araghchi will head to Russia. He left.", new[] { "Mr. Araghchi will head to Russia.", "He left." })]
    [InlineData("Dr. J. Smith met Gen. Ali on Jan. 5. Talks ended.", new[] { "Dr. J. Smith met Gen. Ali on Jan. 5.", "Talks ended." })]
    [InlineData("U.S. officials said so. The talks ended.", new[] { "U.S. officials said so.", "The talks ended." })]
    [InlineData("Sanctions hit the U.S. The talks ended.", new[] { "Sanctions hit the U.S.", "The talks ended." })]
    [InlineData("Sanctions hit the U.S. President Biden spoke.", new[] { "Sanctions hit the U.S. President Biden spoke." })]
    [InlineData("It was 41.1 C. Then it rained.", new[] { "It was 41.1 C. Then it rained." })]
    [InlineData("Growth was 2.5 percent. It slowed.", new[] { "Growth was 2.5 percent.", "It slowed." })]
    [InlineData("He said, “We will go.” They went.", new[] { "He said, “We will go.”", "They went." })]
    [InlineData("“Why?” he asked. Nobody knew!", new[] { "“Why?” he asked.", "Nobody knew!" })]
    [InlineData("Wait... Then nothing.", new[] { "Wait...", "Then nothing." })]
    public void Split_Punctuation(string text, string[] expected) => Assert.Equal(expected, Sentences(text));

    [Fact]
    public void Split_HeadingsAndBullets_AreTheirOwnSentences()
    {
        const string text = "Related News:\n\nKey points include:\n  • First point here\n  • Second point. Two sentences.\nIran and Russia; A Turning Point\nThe talks went on.";
        Assert.Equal(
            ["Related News:", "Key points include:", "First point here", "Second point.", "Two sentences.", "Iran and Russia; A Turning Point", "The talks went on."],
            Sentences(text));
    }

    [Fact]
    public void Split_ParagraphIndexFollowsBlankLines()
    {
        var doc = Tokenize("One. Two.\n\nThree.\n\nFour.");
        Assert.Equal([0, 0, 1, 2], doc.Sentences.Select(s => s.Paragraph).ToArray());
        Assert.All(doc.Sentences, s => Assert.True(doc.Tokens[s.FirstToken].Has(TokenFlags.SentenceStart)));
    }

    [Fact]
    public void Split_EveryTokenInExactlyOneSentence()
    {
        var doc = Tokenize(File.ReadAllText(Directory.GetFiles(SharedData.Seeds, "*.txt").Order(StringComparer.Ordinal).First()));
        int next = 0;
        foreach (var s in doc.Sentences)
        {
            Assert.Equal(next, s.FirstToken);
            next = s.EndToken;
        }
        Assert.Equal(doc.Tokens.Count, next);
    }

    [Fact]
    public void Split_EmptyText_NoSentences() => Assert.Empty(Sentences("  \n\n "));
}
