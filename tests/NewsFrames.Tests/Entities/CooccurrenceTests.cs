namespace NewsFrames.Tests.Entities;

using Corpus = NewsFrames.Corpus;

public class CooccurrenceTests
{
    // Two documents whose sentence contexts are easy to read off by hand:
    // a.txt (S1): {Iran, Russia}, {Iran}, {China}, {Russia, China}   b.txt (S2): {Iran, Russia}, {Syria}
    private static EntityMentions Toy() => new Corpus(
    [
        new Document { Id = "a", File = "a.txt", Source = "S1", Text = "Iran and Russia met. Iran spoke. China waited. Russia and China agreed." },
        new Document { Id = "b", File = "b.txt", Source = "S2", Text = "Iran and Russia talked. Syria was quiet." },
    ]).Entities();

    [Theory]
    // Expected values from scipy: chi2_contingency([[a,b],[c,d]], correction=False, lambda_="log-likelihood") for G²
    // (signed + when a > (a+b)(a+c)/N), math.log for PMI = ln(a/E) and NPMI = PMI / -ln(a/N).
    // (7,2,3,7) is REFERENCE.md's table: G² 4.534939, PMI 0.390539.
    [InlineData(7, 2, 3, 7, 0.583333, 0.390539, 0.391115, 4.534939)]
    [InlineData(2, 1, 1, 2, 0.500000, 0.287682, 0.261860, 0.679596)]
    [InlineData(1, 1, 1, 3, 0.333333, 0.405465, 0.226294, 0.366900)]
    [InlineData(1, 2, 0, 3, 0.333333, 0.693147, 0.386853, 1.587649)]
    [InlineData(3, 0, 0, 5, 1.000000, 0.980829, 1.000000, 10.585012)]
    [InlineData(1, 0, 0, 1, 1.000000, 0.693147, 1.000000, 2.772589)]
    public void Measures_MatchScipy(int a, int b, int c, int d, double jaccard, double pmi, double npmi, double g2)
    {
        var m = Association.Measures(a, b, c, d);
        Assert.Equal(jaccard, m.Jaccard, 6);
        Assert.Equal(pmi, m.Pmi, 6);
        Assert.Equal(npmi, m.Npmi, 6);
        Assert.Equal(g2, m.G2, 6);
    }

    [Fact]
    public void Measures_Repulsion_HasNegativeG2()
    {
        // a = 1 < E = 4·5/10 = 2: the pair occurs together less often than by chance. G² magnitude by hand:
        // 2[1 ln(1/2) + 3 ln(3/2) + 4 ln(4/3) + 2 ln(2/3)] = 2 × 0.863046 = 1.726092 (scipy chi2_contingency agrees).
        var m = Association.Measures(1, 3, 4, 2);
        Assert.Equal(-1.726092, m.G2, 6);
        Assert.True(m.Pmi < 0);
    }

    [Fact]
    public void Sentence_WholeCorpus()
    {
        var pairs = Toy().Cooccurrence();
        Assert.Equal(2, pairs.Count);
        var ir = pairs[0];
        Assert.Equal(("(all)", "Iran", "Russia", 2, 2, 3, 3, 6), (ir.Source, ir.Entity1, ir.Entity2, ir.Count, ir.Documents, ir.Count1, ir.Count2, ir.Contexts));
        Assert.Equal(0.679596, ir.G2, 6);
        Assert.Equal(0.261860, ir.Npmi, 6);
        var cr = pairs[1];
        // China in 2 sentences, Russia in 3, together in 1, of 6: (1, 1, 2, 2) → PMI = ln(1·6/(2·3)) = 0, G² = 0.
        Assert.Equal(("China", "Russia", 1, 1, 2, 3), (cr.Entity1, cr.Entity2, cr.Count, cr.Documents, cr.Count1, cr.Count2));
        Assert.Equal(0, cr.Pmi, 9);
        Assert.Equal(0.25, cr.Jaccard, 9);
    }

    [Fact]
    public void Sentence_BySource_UsesEachSourcesOwnContexts()
    {
        var pairs = Toy().Cooccurrence(new CooccurrenceOptions { BySource = true });
        Assert.Equal(["S1", "S2"], pairs.Sources);
        var s2 = pairs.Find("Russia", "Iran", "S2")!;
        // S2 has 2 sentences; Iran and Russia share the one they are in: (1, 0, 0, 1).
        Assert.Equal((1, 2), (s2.Count, s2.Contexts));
        Assert.Equal(2.772589, s2.G2, 6);
        Assert.Equal(1.0, s2.Npmi, 9);
        Assert.Null(pairs.Find("Iran", "Russia"));
    }

    [Fact]
    public void Document_And_Paragraph()
    {
        var docs = Toy().Cooccurrence(CooccurrenceOptions.Parse("document"));
        Assert.Equal((2, 2), (docs.Find("Iran", "Russia")!.Count, docs.Find("Iran", "Russia")!.Contexts));
        Assert.Equal(1, docs.Find("Iran", "China")!.Count);
        var paragraphs = Toy().Cooccurrence(CooccurrenceOptions.Parse("paragraph"));
        Assert.Equal(2, paragraphs.Find("Iran", "Russia")!.Contexts); // one paragraph per document
    }

    [Fact]
    public void Window_CountsMentionsWithTheOtherWithinNTokens()
    {
        // Hand count, window ±2 tokens. a.txt: Iran0 and1 Russia2 met3 Iran4 spoke5 China6 waited7 Russia8 and9 China10 agreed11;
        // b.txt: Iran0 and1 Russia2 talked3 Syria4. Each mention's context is the entities within ±2 tokens of it:
        // a: {I,R} {I,R} {I,R,C} {I,C,R} {C,R} {C,R}; b: {I,R} {I,R,S} {R,S}. N = 9 contexts.
        var pairs = Toy().Cooccurrence(CooccurrenceOptions.Parse("2"));
        Assert.Equal(6, pairs.Find("Iran", "Russia")!.Count);
        Assert.Equal(4, pairs.Find("China", "Russia")!.Count);
        Assert.Equal(2, pairs.Find("Iran", "China")!.Count);
        Assert.Equal(2, pairs.Find("Russia", "Syria")!.Count);
        var ir = pairs.Find("Iran", "Russia")!;
        Assert.Equal((6, 9, 9), (ir.Count1, ir.Count2, ir.Contexts));
        Assert.Equal(6.0 / 9, ir.Jaccard, 9);
        Assert.Equal(0, ir.Pmi, 9);   // Russia is in every context: (6, 0, 3, 0)
        Assert.Equal(0, ir.G2, 9);
    }

    [Fact]
    public void Filters_MinCountAndTypes()
    {
        Assert.Equal(["Iran|Russia"], Toy().Cooccurrence(new CooccurrenceOptions { MinCount = 2 }).Select(p => p.Entity1 + "|" + p.Entity2));
        var persons = new Corpus([new Document { Id = "a", File = "a", Text = "Putin met Raisi in Iran." }]).Entities()
            .Cooccurrence(new CooccurrenceOptions { Types = new HashSet<EntityType> { EntityType.Person } });
        Assert.Equal(["Ebrahim Raisi|Vladimir Putin"], persons.Select(p => p.Entity1 + "|" + p.Entity2));
    }

    [Theory]
    [InlineData("sentence")]
    [InlineData("paragraph")]
    [InlineData("document")]
    [InlineData("3")]
    public void MentionsOutOfDocumentOrder_SamePairsAsInOrder(string window)
    {
        // Producers give mentions in document order and counting walks each document's run; any other order takes
        // the lookup route, which must count the same.
        var mentions = Toy();
        var shuffled = new EntityMentions(mentions.Tokens, mentions.Gazetteer, mentions.Options, [.. mentions.Reverse()]);
        foreach (var options in new[] { CooccurrenceOptions.Parse(window), CooccurrenceOptions.Parse(window) with { BySource = true } })
        {
            var expected = mentions.Cooccurrence(options);
            var actual = shuffled.Cooccurrence(options);
            Assert.Equal(expected.ToArray(), actual.ToArray());
            Assert.Equal(expected.EntityContexts.OrderBy(e => e.Key.ToString(), StringComparer.Ordinal),
                actual.EntityContexts.OrderBy(e => e.Key.ToString(), StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("sentence", CooccurrenceScope.Sentence, 10)]
    [InlineData("Paragraph", CooccurrenceScope.Paragraph, 10)]
    [InlineData("document", CooccurrenceScope.Document, 10)]
    [InlineData("15", CooccurrenceScope.Window, 15)]
    public void Parse_Window(string text, CooccurrenceScope scope, int window)
    {
        var o = CooccurrenceOptions.Parse(text);
        Assert.Equal((scope, window), (o.Scope, o.Window));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("sentences")]
    public void Parse_BadWindow_IsClearError(string text)
    {
        var e = Assert.Throws<ArgumentException>(() => CooccurrenceOptions.Parse(text));
        Assert.Contains(text, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDataFrame_HasTheDocumentedColumns()
    {
        var frame = Toy().Cooccurrence().ToDataFrame();
        Assert.Equal(["source", "entity1", "entity2", "count", "documents", "jaccard", "pmi", "npmi", "g2", "type1", "type2", "count1", "count2", "contexts", "window"],
            frame.Columns.Select(c => c.Name));
    }

    [Fact]
    public void Seeds_IranRussia_IsTheStrongestPair_InEverySourceAndDocument()
    {
        var corpus = Corpus.Load(SharedData.Seeds);
        var mentions = corpus.Entities();
        foreach (var source in mentions.Cooccurrence(new CooccurrenceOptions { BySource = true }).GroupBy(p => p.Source))
            Assert.Equal(("Iran", "Russia"), (source.First().Entity1, source.First().Entity2));
        // Per document too (each seed as its own source).
        var perDocument = new Corpus(corpus.Select(d => d with { Source = d.Id })).Entities().Cooccurrence(new CooccurrenceOptions { BySource = true });
        Assert.Equal(corpus.Count, perDocument.Sources.Count);
        foreach (var source in perDocument.GroupBy(p => p.Source))
            Assert.Equal(("Iran", "Russia"), (source.First().Entity1, source.First().Entity2));
    }
}
