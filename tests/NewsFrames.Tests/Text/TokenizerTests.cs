namespace NewsFrames.Tests.Text;

public class TokenizerTests
{
    private static TokenizedDocument Tokenize(string text) =>
        Tokenizer.Tokenize(new Document { Id = "t", File = "t.txt", Text = text }, new Vocabulary());

    private static string[] Surfaces(TokenizedDocument doc) => doc.Tokens.Select(t => doc.Surface(t)).ToArray();

    [Fact]
    public void Tokenize_SeedSentence_PossessivesCompoundsAndOffsets()
    {
        var doc = Tokenize("Iran’s Foreign Minister shared this; the 500-year-old Iran-Russia relationship.");
        Assert.Equal(["Iran’s", "Foreign", "Minister", "shared", "this", "the", "500-year-old", "Iran-Russia", "relationship"], Surfaces(doc));
        var iran = doc.Tokens[0];
        Assert.True(iran.Has(TokenFlags.Possessive));
        Assert.Equal("iran", doc.Vocabulary[iran.Lower]);
        Assert.Equal("Iran", doc.Vocabulary[iran.Form]);
        var compound = doc.Tokens[7];
        Assert.True(compound.Has(TokenFlags.Hyphenated));
        Assert.Equal(["iran", "russia"], doc.PartsOf(compound).Select(p => doc.Vocabulary[p.Lower]).ToArray());
        Assert.True(doc.Tokens[5].Has(TokenFlags.AfterPunctuation));
    }

    [Fact]
    public void Tokenize_NumbersAbbreviationsUrls()
    {
        var doc = Tokenize("41.1 C and 2,500 troops left the U.S. on Jan. 5; see https://example.org/a?b=1, mail a.b@example.com or @IranPress.");
        Assert.Equal(["41.1", "C", "and", "2,500", "troops", "left", "the", "U.S.", "on", "Jan.", "5", "see", "https://example.org/a?b=1", "mail", "a.b@example.com", "or", "@IranPress"], Surfaces(doc));
        Assert.Equal(TokenKind.Number, doc.Tokens[0].Kind);
        Assert.Equal(TokenKind.Abbreviation, doc.Tokens[7].Kind);
        Assert.Equal(TokenKind.Url, doc.Tokens[12].Kind);
        Assert.Equal(TokenKind.Email, doc.Tokens[14].Kind);
        Assert.Equal(TokenKind.Handle, doc.Tokens[16].Kind);
    }

    [Fact]
    public void Tokenize_PluralPossessive_CoversTheApostrophe()
    {
        var doc = Tokenize("both nations’ roles and the countries' economies");
        Assert.Equal(["both", "nations’", "roles", "and", "the", "countries'", "economies"], Surfaces(doc));
        Assert.True(doc.Tokens[1].Has(TokenFlags.Possessive));
        Assert.Equal(8, doc.Tokens[1].Length);
        Assert.Equal("nations", doc.Vocabulary[doc.Tokens[1].Lower]);
        Assert.Equal("countri", doc.Vocabulary[doc.Tokens[5].Stem]);
    }

    [Fact]
    public void Tokenize_UnicodeLettersAndCurlyApostrophes()
    {
        var doc = Tokenize("Zürich’s café don’t Москва");
        Assert.Equal(["Zürich’s", "café", "don’t", "Москва"], Surfaces(doc));
        Assert.Equal("zürich", doc.Vocabulary[doc.Tokens[0].Lower]);
        Assert.Equal("don't", doc.Vocabulary[doc.Tokens[2].Lower]);
    }
}
