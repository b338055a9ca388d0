namespace NewsFrames.Tests.Text;

public class VocabularyTests
{
    [Fact]
    public void GetOrAdd_ShortLongAndNearlyEqualStrings_EachKeepsItsOwnId()
    {
        // Strings that share the first eight characters (what a slot holds inline) or differ only in length,
        // case or a character past the eighth must not be confused.
        string[] words =
        [
            "", "a", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghij",
            "abcdefghiX", "abcdefgh\0", "ABCDEFGH", "counterbalance", "counterbalances", "counterbalanced",
            "Iran’s", "Iran's", "iran", new string('x', 70_000), new string('x', 70_001),
        ];
        var vocabulary = new Vocabulary();
        var ids = words.Select(w => vocabulary.GetOrAdd(w)).ToArray();
        Assert.Equal(words.Length, ids.Distinct().Count());
        for (int i = 0; i < words.Length; i++)
        {
            Assert.Equal(words[i], vocabulary[ids[i]]);
            Assert.Equal(ids[i], vocabulary.GetOrAdd(words[i]));
            Assert.True(vocabulary.TryGetId(words[i], out int found));
            Assert.Equal(ids[i], found);
        }
        Assert.False(vocabulary.TryGetId("abcdefghk", out _));
        Assert.Equal(words.Length, vocabulary.Count);
    }

    [Fact]
    public void GetOrAdd_FourThreadsInterningTheSameWordsInDifferentOrders_OneIdPerWord()
    {
        // 50,000 distinct words, well past several growths of the table, interned from four threads at once.
        var words = Enumerable.Range(0, 50_000).Select(i => "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + (i % 3 == 0 ? "-long-suffix" : "")).ToArray();
        var vocabulary = new Vocabulary();
        var seen = new int[4][];
        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, thread =>
        {
            var order = Enumerable.Range(0, words.Length).ToArray();
            new Random(thread).Shuffle(order);
            var ids = new int[words.Length];
            foreach (int i in order) ids[i] = vocabulary.GetOrAdd(words[i]);
            seen[thread] = ids;
        });
        Assert.Equal(words.Length, vocabulary.Count);
        for (int t = 1; t < 4; t++) Assert.Equal(seen[0], seen[t]);
        for (int i = 0; i < words.Length; i++) Assert.Equal(words[i], vocabulary[seen[0][i]]);
    }

    [Fact]
    public void Tokenize_OnFourThreads_GivesTheSameFormsLowerCasesAndStemsAsOneThread()
    {
        string[] texts =
        [
            "Iran’s partnership with Russia deepened; the partners signed a strategic partnership treaty.",
            "IRAN and RUSSIA: Iran-Russia ties, Russia's role and the U.S. sanctions regime.",
            "Counterbalancing Western influence, Tehran and Moscow counterbalance the West.",
        ];
        var documents = Enumerable.Range(0, 400).Select(i => new Document { Id = "d" + i, File = "d.txt", Text = texts[i % 3] + " word" + (i % 97) }).ToArray();
        var single = new Vocabulary();
        var expected = documents.Select(d => Describe(Tokenizer.Tokenize(d, single))).ToArray();
        var shared = new Vocabulary();
        var actual = new string[documents.Length];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => actual[i] = Describe(Tokenizer.Tokenize(documents[i], shared)));
        Assert.Equal(expected, actual);

        static string Describe(TokenizedDocument doc) =>
            string.Join(" ", doc.Tokens.Select(t => $"{doc.Vocabulary[t.Form]}/{doc.Vocabulary[t.Lower]}/{doc.Vocabulary[t.Stem]}"));
    }

    [Fact]
    public void Tokenize_FourThreadsMeetingNewWordsAtOnce_EveryIdTheyGetIsUsable()
    {
        // A word one thread has just added must be usable at once on every other thread: its text, its lower-case
        // form and its stem. (A slot published before the count let another core find an id that StemOf then
        // rejected: "No string has id 21964", seen in a two-core benchmark run.) Fresh vocabularies, many new words
        // shared between threads, repeated to give the race its chances.
        var random = new Random(5);
        var words = Enumerable.Range(0, 3000).Select(_ => new string(Enumerable.Range(0, 3 + random.Next(8))
            .Select(k => (char)((k == 0 && random.Next(3) == 0 ? 'A' : 'a') + random.Next(26))).ToArray()) + "ing").ToArray();
        var documents = Enumerable.Range(0, 64).Select(d => new Document
        {
            Id = "d" + d, File = "d.txt",
            Text = string.Join(' ', Enumerable.Range(0, 400).Select(k => words[(d * 7919 + k * 104729) % words.Length])),
        }).ToArray();
        for (int round = 0; round < 20; round++)
        {
            var vocabulary = new Vocabulary();
            var tokenized = new TokenizedDocument[documents.Length];
            Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => tokenized[i] = Tokenizer.Tokenize(documents[i], vocabulary));
            foreach (var doc in tokenized)
                foreach (var token in doc.Tokens)
                {
                    string surface = doc.Document.Text.Substring(token.Start, token.Length);
                    Assert.Equal(surface, vocabulary[token.Form]);
                    Assert.Equal(surface.ToLowerInvariant(), vocabulary[token.Lower]);
                    Assert.Equal(EnglishStemmer.Stem(surface.ToLowerInvariant()), vocabulary[token.Stem]);
                }
        }
    }
}
