namespace NewsFrames.Tests.Topics;

using Corpus = NewsFrames.Corpus;

public class ContentReuseTests
{
    private const string Original =
        "Tehran and Moscow signed a comprehensive strategic partnership treaty on Friday, pledging closer ties in energy, transport and security.\n\n"
        + "The agreement runs for twenty years and covers cooperation on the North-South transport corridor and payments in national currencies.";

    private const string Added =
        "Analysts in Brussels said the pact would be watched closely by European capitals worried about sanctions enforcement.";

    private const string Other =
        "European officials, speaking in Brussels, warned that new sanctions could follow. "
        + Added + "\n\nThe foreign ministers will meet again in the spring.";

    private static Corpus Synthetic() => TopicTestCorpora.Of(
        ("original", "Outlet A", Original),
        ("brussels", "Outlet C", Other),
        ("copy", "Outlet B", Original + "\n\n" + Added));

    [Fact]
    public void CopyWithAParagraphFromAnotherOutlet_FindsBothSharedPassages()
    {
        var reuse = Synthetic().ContentReuse();
        var corpus = reuse.Vectors.Corpus;
        var pairs = reuse.Pairs.ToDictionary(p => (corpus[p.A].Id, corpus[p.B].Id));

        var whole = Assert.Single(pairs[("original", "copy")].Passages);
        // A passage runs from its first token to its last: the whole article, both paragraphs, without the final period.
        Assert.Equal(Original.TrimEnd('.'), corpus[0].Text[whole.StartA..whole.EndA]);
        Assert.Equal(Original.TrimEnd('.'), corpus[2].Text[whole.StartB..whole.EndB]);
        Assert.Equal(1.0, pairs[("original", "copy")].ShareA);

        var paragraph = Assert.Single(pairs[("brussels", "copy")].Passages);
        Assert.Equal(Added.TrimEnd('.'), corpus[1].Text[paragraph.StartA..paragraph.EndA]);
        Assert.Equal(Added.TrimEnd('.'), corpus[2].Text[paragraph.StartB..paragraph.EndB]);
        Assert.Equal(17, paragraph.Tokens); // hand-counted words of the added paragraph

        Assert.False(pairs.ContainsKey(("original", "brussels")));
    }

    [Fact]
    public void SameSource_IsNotReuseUnlessAskedFor()
    {
        var corpus = TopicTestCorpora.Of(("a", "Same", Original), ("b", "Same", Original));
        Assert.Empty(corpus.ContentReuse().Pairs);
        Assert.Single(corpus.ContentReuse(new ReuseOptions { CrossSourceOnly = false }).Pairs);
    }

    [Fact]
    public void ShortCommonPhrases_AreNotPassages()
    {
        var corpus = TopicTestCorpora.Of(
            ("a", "A", "The president said on Monday that talks would resume."),
            ("b", "B", "Officials said on Monday that the border was closed."));
        Assert.Empty(corpus.ContentReuse().Pairs); // "said on Monday that" is 4 tokens, below the 8-token minimum
    }

    [Fact]
    public void ToDataFrame_ShowsPassagesSideBySide()
    {
        var frame = Synthetic().ContentReuse().ToDataFrame();
        Assert.Equal(["document_a", "source_a", "document_b", "source_b", "cosine", "tokens", "start_a", "end_a", "text_a", "start_b", "end_b", "text_b"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal(2, frame.Rows.Count);
        Assert.Equal(frame.Columns["text_a"][0], frame.Columns["text_b"][0]);
        var pairs = Synthetic().ContentReuse().PairsDataFrame();
        Assert.Equal(2, pairs.Rows.Count);
    }

    [Fact]
    public void BadOptions_AreRejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Synthetic().ContentReuse(new ReuseOptions { MinPassageTokens = 1 }));
        Assert.Equal("MinPassageTokens", ex.ParamName);
    }
}
