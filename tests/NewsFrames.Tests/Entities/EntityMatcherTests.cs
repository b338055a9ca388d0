namespace NewsFrames.Tests.Entities;

using Corpus = NewsFrames.Corpus;

public class EntityMatcherTests
{
    private static EntityMentions Mentions(string text, Gazetteer? gazetteer = null, EntityMatchOptions? options = null) =>
        new Corpus([new Document { Id = "t", File = "t.txt", Text = text }]).Entities(gazetteer, options);

    private static string[] Entities(string text, EntityMatchOptions? options = null) =>
        Mentions(text, options: options).Select(m => m.Entity).ToArray();

    [Fact]
    public void TitleAndDemonymBeforeName_AreOneMentionOfThePerson()
    {
        var mentions = Mentions("The letter was for Russian President Vladimir Putin yesterday.");
        var m = Assert.Single(mentions);
        Assert.Equal("Vladimir Putin", m.Entity);
        Assert.Equal("Russian President Vladimir Putin", m.Surface);
        Assert.Equal(19, m.Start);
        Assert.Equal(19 + "Russian President Vladimir Putin".Length, m.End);
    }

    [Fact]
    public void TitleAfterComma_IsNotAbsorbed()
    {
        Assert.Equal(["Iran", "Abbas Araghchi"], Entities("Iran’s Foreign Minister, Abbas Araghchi, spoke."));
    }

    [Fact]
    public void TitlesOff_DemonymCountsSeparately()
    {
        Assert.Equal(["Russia", "Vladimir Putin"],
            Entities("He met Russian President Vladimir Putin.", new EntityMatchOptions { AbsorbTitles = false }));
    }

    [Theory]
    [InlineData("Sanctions imposed by the US were discussed.", 1)]
    [InlineData("Sanctions imposed by the U.S. were discussed.", 1)]
    [InlineData("He told us that sanctions were discussed.", 0)]
    [InlineData("Let Us talk.", 0)]
    public void ShortForms_MatchOnlyInTheirOwnCase(string text, int expected)
    {
        Assert.Equal(expected, Entities(text).Count(e => e == "United States"));
    }

    [Fact]
    public void CapitalisedAlias_DoesNotMatchLowerCaseWord()
    {
        Assert.Empty(Entities("the turkey was roasted in the west wing"));
        Assert.Equal(["Turkey", "the West"], Entities("TURKEY and the West agreed."));
    }

    [Fact]
    public void HyphenatedCompound_MentionsEachPart()
    {
        var mentions = Mentions("The Iran-Russia relationship and US-led sanctions.");
        Assert.Equal(["Iran", "Russia", "United States"], mentions.Select(m => m.Entity));
        Assert.Equal(["Iran", "Russia", "US"], mentions.Select(m => m.Surface));
        Assert.Equal(mentions[0].FirstToken, mentions[1].FirstToken);
    }

    [Fact]
    public void HyphenatedName_MatchesWhole()
    {
        var mentions = Mentions("Amir-Abdollahian, Lavrov urge boosting cooperation");
        Assert.Equal(["Hossein Amir-Abdollahian", "Sergey Lavrov"], mentions.Select(m => m.Entity));
        Assert.Equal("Amir-Abdollahian", mentions[0].Surface);
    }

    [Fact]
    public void Possessive_IsMentionWithoutSuffix()
    {
        var m = Assert.Single(Mentions("Iran’s ties grew."));
        Assert.Equal("Iran", m.Entity);
        Assert.Equal("Iran", m.Surface);
        Assert.Equal(4, m.End);
    }

    [Fact]
    public void LongestMatchWins_NoDoubleCounting()
    {
        Assert.Equal(["JCPOA"], Entities("They discussed the Iran nuclear deal again."));
        Assert.Equal(["Middle East"], Entities("Intervention in West Asia continued."));
        Assert.Equal(["North-South Transport Corridor", "India"], Entities("The North-South Transport Corridor reaches India."));
    }

    [Fact]
    public void Classes_CanBeSwitchedOff()
    {
        const string text = "Iranian officials met in Washington with the Supreme Leader.";
        Assert.Equal(["Iran", "United States", "Ali Khamenei"], Entities(text));
        Assert.Empty(Entities(text, new EntityMatchOptions { Demonyms = false, Capitals = false, Roles = false }));
    }

    [Fact]
    public void MatchDoesNotCrossSentences()
    {
        // "Latin America" must not be found across the sentence boundary.
        Assert.Equal(["United States"], Entities("They spoke Latin. America was absent."));
    }

    [Fact]
    public void Mention_KeepsSentenceAndParagraph()
    {
        var mentions = Mentions("Iran spoke.\n\nLater, Russia replied. Then China.");
        Assert.Equal([(0, 0), (1, 1), (2, 1)], mentions.Select(m => (m.Sentence, m.Paragraph)));
        Assert.Equal("Then China.", mentions.Evidence(mentions[2]));
    }

    [Fact]
    public void CustomGazetteer_IsUsed()
    {
        var g = new Gazetteer([new GazetteerEntity("Sputnik", EntityType.Organisation, ["Sputnik News"])]);
        Assert.Equal(["Sputnik"], Mentions("Sputnik News reported from Iran.", g).Select(m => m.Entity));
    }

    // Acceptance on the seeds.

    [Fact]
    public void Seeds_PutinAndAraghchiShareASentence_In000And002()
    {
        var mentions = Corpus.Load(SharedData.Seeds).Entities();
        foreach (string prefix in new[] { "000_", "002_" })
        {
            var sentences = mentions.Where(m => m.File.StartsWith(prefix, StringComparison.Ordinal))
                .GroupBy(m => m.Sentence)
                .Where(g => g.Any(m => m.Entity == "Vladimir Putin") && g.Any(m => m.Entity == "Abbas Araghchi"));
            Assert.NotEmpty(sentences);
        }
    }

    [Fact]
    public void Seed003_MentionCountsEqualHandCounts()
    {
        // Hand counts: `grep -o '\bWORD\b' seeds/003_ce737b0d73ca667c.txt | wc -l`, read against the text:
        // Raisi 11 ("Ebrahim Raisi" twice, "Raisi" 9 times), Putin 4, Iran 8 + Iranian 6 + Tehran 6 = 20,
        // Russia 8 + Russian 3 + Moscow 7 = 18, NATO 2, Afghanistan 2, Middle East 2, US 2 + Washington 2 = 4.
        var counts = Corpus.Load(SharedData.Seeds).Entities()
            .Where(m => m.File.StartsWith("003_", StringComparison.Ordinal))
            .GroupBy(m => m.Entity).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(11, counts["Ebrahim Raisi"]);
        Assert.Equal(4, counts["Vladimir Putin"]);
        Assert.Equal(20, counts["Iran"]);
        Assert.Equal(18, counts["Russia"]);
        Assert.Equal(2, counts["NATO"]);
        Assert.Equal(2, counts["Afghanistan"]);
        Assert.Equal(2, counts["Middle East"]);
        Assert.Equal(4, counts["United States"]);
    }

    [Fact]
    public void Seeds_RussianPresidentVladimirPutin_IsOneMention()
    {
        var mentions = Corpus.Load(SharedData.Seeds).Entities();
        var phrase = mentions.Where(m => m.Surface == "Russian President Vladimir Putin").ToArray();
        Assert.Equal(2, phrase.Length); // seeds 000 and 001
        foreach (var m in phrase)
            Assert.DoesNotContain(mentions, o => o.DocumentIndex == m.DocumentIndex && o != m && o.Start < m.End && m.Start < o.End);
    }
}
