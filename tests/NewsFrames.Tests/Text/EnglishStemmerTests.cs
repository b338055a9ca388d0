namespace NewsFrames.Tests.Text;

public class EnglishStemmerTests
{
    // Pairs from snowball-data english/voc.txt → output.txt (the reference vocabulary), chosen to touch every step,
    // the exceptional forms, Y handling and the special R1 prefixes; this table runs where ../shared is absent.
    [Theory]
    [InlineData("consign", "consign")]
    [InlineData("consigned", "consign")]
    [InlineData("consigning", "consign")]
    [InlineData("consignment", "consign")]
    [InlineData("consolation", "consol")]
    [InlineData("consolatory", "consolatori")]
    [InlineData("knack", "knack")]
    [InlineData("knackeries", "knackeri")]
    [InlineData("knightly", "knight")]
    [InlineData("generously", "generous")]
    [InlineData("communism", "communism")]
    [InlineData("arsenal", "arsenal")]
    [InlineData("university", "universiti")]
    [InlineData("skies", "sky")]
    [InlineData("dying", "die")]
    [InlineData("inning", "inning")]
    [InlineData("proceed", "proceed")]
    [InlineData("succeeded", "succeed")]
    [InlineData("news", "news")]
    [InlineData("early", "earli")]
    [InlineData("geologist", "geolog")]
    [InlineData("pasted", "paste")]
    [InlineData("international", "internat")]
    [InlineData("interval", "interval")]
    [InlineData("emergency", "emergenc")]
    [InlineData("youth", "youth")]
    [InlineData("sayings", "say")]
    [InlineData("there's", "there")]
    [InlineData("'aa'", "aa")]
    [InlineData("a''", "a'")]
    public void Stem_ReferencePairs_MatchSnowball(string word, string expected) =>
        Assert.Equal(expected, EnglishStemmer.Stem(word));

    [SkippableFact]
    public void Stem_FullSnowballVocabulary_AllWordsMatch()
    {
        string voc = SharedData.Data("snowball-english/voc.txt");
        string output = SharedData.Data("snowball-english/output.txt");
        var words = File.ReadAllLines(voc);
        var stems = File.ReadAllLines(output);
        Assert.Equal(42_649, words.Length);
        Assert.Equal(words.Length, stems.Length);
        var wrong = new List<string>();
        for (int i = 0; i < words.Length; i++)
        {
            string actual = EnglishStemmer.Stem(words[i]);
            if (actual != stems[i]) wrong.Add($"{words[i]} → {actual} (expected {stems[i]})");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} words differ, e.g.:\n" + string.Join("\n", wrong.Take(40)));
    }

    [Fact]
    public void Stem_SpanOverload_AgreesWithStringOverload()
    {
        foreach (var word in new[] { "partnerships", "relations", "cooperation", "strengthened", "ab", "" })
        {
            var buffer = new char[word.Length];
            int length = EnglishStemmer.Stem(word, buffer);
            Assert.Equal(EnglishStemmer.Stem(word), new string(buffer[..length]));
        }
    }
}
