namespace NewsFrames.Tests.Framing;

/// <summary>Every element of the pattern syntax, with matches and non-matches (expected texts written by hand).</summary>
public class PatternSyntaxTests
{
    internal static FrameLexicon Lexicon(params string[] patterns) =>
        FrameLexicon.Parse("frames:\n  - id: f\n    label: F\n    patterns:\n" +
                           string.Concat(patterns.Select(p => "      - '" + p.Replace("'", "''") + "'\n")), "test.yaml");

    internal static TokenizedDocument Doc(string text) =>
        Tokenizer.Tokenize(new Document { Id = "d", File = "d.txt", Source = "S", Text = text }, new Vocabulary());

    private static string[] Matched(string pattern, string text) =>
        Lexicon(pattern).Matcher.Match(Doc(text)).Select(h => h.Matched).ToArray();

    [Theory]
    // Stems: one word reaches its inflections, not words with another stem.
    [InlineData("partner", "They are partners, a partner, and partnering.", new[] { "partners", "partner", "partnering" })]
    [InlineData("partner", "A strategic partnership.", new string[0])]
    [InlineData("PARTNERS", "partner", new[] { "partner" })]
    // Quoted: the exact word, case-insensitively.
    [InlineData("\"partners\"", "partner, partners and partnering; PARTNERS", new[] { "partners", "PARTNERS" })]
    [InlineData("\"strategic partners\"", "strategic partners, strategic partner", new[] { "strategic partners" })]
    // Globs on the word.
    [InlineData("west*", "The West, Western powers and westerners; not the Midwest.", new[] { "West", "Western", "westerners" })]
    [InlineData("partner*", "partners, partnership and partnering", new[] { "partners", "partnership", "partnering" })]
    [InlineData("*lateralism", "unilateralism and multilateralism, not lateral", new[] { "unilateralism", "multilateralism" })]
    [InlineData("un*ism", "unilateralism, unilateral, unism", new[] { "unilateralism", "unism" })]
    [InlineData("colo?r", "color, colour, colr", new[] { "colour" })]
    // Sequences need adjacent words: punctuation other than quotes breaks them.
    [InlineData("strategic partner", "strategic partners", new[] { "strategic partners" })]
    [InlineData("sanctions pressure", "sanctions, pressure; sanctions: pressure", new string[0])]
    [InlineData("strategic level", "ties upgraded to a “strategic” level", new[] { "strategic” level" })]
    // Alternatives: | binds weakest, so whole phrases are alternatives.
    [InlineData("united states|us|washington", "The United States, the US, Washington and U.S. officials; the United Nations.",
        new[] { "United States", "US", "Washington", "U.S." })]
    [InlineData("{united states|us} hegemony", "United States hegemony, US hegemony, Washington hegemony, hegemony",
        new[] { "United States hegemony", "US hegemony" })]
    // Optional words.
    [InlineData("pressure from (the) west", "pressure from the West; pressure from West; pressure from a West",
        new[] { "pressure from the West", "pressure from West" })]
    [InlineData("strategic (and economic|economic) ties", "strategic ties; strategic economic ties; strategic and economic ties; strategic political ties",
        new[] { "strategic ties", "strategic economic ties", "strategic and economic ties" })]
    // Gaps: bounded, within one sentence, and they may cross punctuation.
    [InlineData("counter* [0-3] west*", "countering the influence of the West", new string[0])]
    [InlineData("counter* [0-3] west*", "countering the influence of West", new[] { "countering the influence of West" })]
    [InlineData("counter* [0-3] west*", "countering, as ever, the West", new[] { "countering, as ever, the West" })]
    [InlineData("counter* [0-3] west*", "We counter it. West wins.", new string[0])]
    [InlineData("a [2] b", "a x y b. a x b. a b.", new[] { "a x y b" })]
    // Hyphenated compounds match through their parts; hyphens in patterns split the same way.
    [InlineData("iran russia", "Iran-Russia ties", new[] { "Iran-Russia" })]
    [InlineData("russia relations", "Iran-Russia relations", new[] { "Russia relations" })]
    [InlineData("iran-russia", "Iran Russia and Iran-Russia, but not Iran and Russia", new[] { "Iran Russia", "Iran-Russia" })]
    [InlineData("counter-terrorism", "counter-terrorism and counter terrorism", new[] { "counter-terrorism", "counter terrorism" })]
    // Possessives match their word, in the text and in the pattern.
    [InlineData("russia partnership", "Russia’s partnership and Russia's partnership", new[] { "Russia’s partnership", "Russia's partnership" })]
    [InlineData("russia's partnership", "Russia partnership", new[] { "Russia partnership" })]
    [InlineData("nations", "both nations’ roles", new[] { "nations’" })]
    // Abbreviations: dots are ignored on both sides.
    [InlineData("us", "U.S. and US and us", new[] { "U.S.", "US", "us" })]
    [InlineData("mr. putin", "Mr. Putin and Mr Putin", new[] { "Mr. Putin" })]
    [InlineData("u.s. troops", "US troops", new[] { "US troops" })]
    // Numbers match exactly.
    [InlineData("500 year", "the 500-year relationship", new[] { "500-year" })]
    public void Pattern_MatchesExactlyTheExpectedTexts(string pattern, string text, string[] expected) =>
        Assert.Equal(expected, Matched(pattern, text));

    [Fact]
    public void Match_OffsetsPointIntoTheDocumentText()
    {
        var doc = Doc("First sentence. Then a counterbalance to Western influence, they said.");
        var hit = Assert.Single(Lexicon("counterbalance to west*").Matcher.Match(doc));
        Assert.Equal(23, hit.Start);
        Assert.Equal(48, hit.End);
        Assert.Equal("counterbalance to Western", doc.Document.Text[hit.Start..hit.End]);
        Assert.Equal("Then a counterbalance to Western influence, they said.", hit.Sentence);
        Assert.Equal(1, hit.SentenceIndex);
        Assert.Equal(16, hit.SentenceStart);
    }

    [Fact]
    public void OverlappingMatchesOfOneFrame_InOneSentence_CountOnce_LongestReported()
    {
        var lexicon = Lexicon("partnership", "strategic partner*", "strategic partnership amid");
        var hits = lexicon.Matcher.Match(Doc("A strategic partnership amid sanctions. A partnership and a strategic partnership."));
        Assert.Equal(["strategic partnership amid", "partnership", "strategic partnership"], hits.Select(h => h.Matched).ToArray());
        Assert.Equal(["strategic partnership amid", "partnership", "strategic partner*"], hits.Select(h => h.Pattern).ToArray());
    }

    [Fact]
    public void OverlappingMatchesOfDifferentFrames_EachCount()
    {
        var lexicon = FrameLexicon.Parse("""
            frames:
              - id: a
                label: A
                patterns: [strategic partnership]
              - id: b
                label: B
                patterns: [partnership]
            """);
        var hits = lexicon.Matcher.Match(Doc("A strategic partnership."));
        Assert.Equal(["a:strategic partnership", "b:partnership"], hits.Select(h => h.Frame + ":" + h.Matched).ToArray());
    }

    [Fact]
    public void NestedGaps_DoNotBlowUp_AndFindEveryEnd()
    {
        // Every word matches '*': without state deduplication this walk is 21^4 paths per start.
        string text = string.Join(' ', Enumerable.Repeat("w", 60)) + ".";
        var hits = Lexicon("* [0-20] * [0-20] * [0-20] * [0-20] *").Matcher.Match(Doc(text));
        Assert.Single(hits); // one sentence, all overlapping: one hit
        Assert.Equal(text.TrimEnd('.'), hits[0].Matched);
    }

    [Theory]
    [InlineData("strategic (partner", "'(' is not closed", 11)]
    [InlineData("strategic partner)", "unmatched ')'", 18)]
    [InlineData("{us|west hegemony", "'{' is not closed", 1)]
    [InlineData("a [3-1] b", "minimum is larger", 3)]
    [InlineData("a [0-50] b", "at most 20", 3)]
    [InlineData("a [x] b", "a gap is written", 3)]
    [InlineData("a [0] b", "skips nothing", 3)]
    [InlineData("a [1-2 b", "'[' is not closed", 3)]
    [InlineData("\"partner", "quote is not closed", 1)]
    [InlineData("a || b", "empty alternative", 3)]
    [InlineData("|a", "empty alternative", 1)]
    [InlineData("a | ", "empty alternative", 3)]
    [InlineData("()", "empty group", 1)]
    [InlineData("sanctions, pressure", "can never match", 10)]
    [InlineData("west.ern", "can never match", 5)]
    [InlineData("- b", "empty part", 1)]
    [InlineData("\"(a)\"", "inside a quoted phrase", 2)]
    public void InvalidPattern_ErrorNamesTheColumn(string pattern, string message, int column)
    {
        var e = Assert.Throws<PatternSyntaxException>(() => PatternParser.Parse(pattern));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(column, e.Column);
    }

    [Fact]
    public void TooManyExpansions_IsAClearError()
    {
        string pattern = string.Join(' ', Enumerable.Range(0, 13).Select(i => $"(a{i})"));
        var e = Assert.Throws<LexiconException>(() => Lexicon(pattern));
        Assert.Contains("expands to more than 4096", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.yaml:5:", e.Message, StringComparison.Ordinal);
    }
}
