namespace NewsFrames.Tests.Text;

public class StopWordsTests
{
    [Fact]
    public void English_IsTheSnowballList()
    {
        // The Snowball English stop.txt has 174 entries (counted by hand from snowballstem.org/algorithms/english/stop.txt).
        Assert.Equal(174, StopWords.English.Count);
        Assert.Equal("snowball-english", StopWords.English.Origin);
        Assert.Contains("the", StopWords.English);
        Assert.Contains("ourselves", StopWords.English);
        Assert.Contains("mustn't", StopWords.English);
        // Deliberately absent from the Snowball list: "us" (US = United States) and the homonym auxiliaries.
        Assert.False(StopWords.English.Contains("us"));
        Assert.False(StopWords.English.Contains("will"));
        Assert.False(StopWords.English.Contains("may"));
    }

    [Theory]
    [InlineData("The", true)]
    [InlineData("THE", true)]
    [InlineData("Don’t", true)]
    [InlineData("don't", true)]
    [InlineData("iran", false)]
    [InlineData("", false)]
    public void Contains_IgnoresCaseAndApostropheStyle(string word, bool expected) =>
        Assert.Equal(expected, StopWords.English.Contains(word));

    [Fact]
    public void WithAndWithout_ReturnNewLists()
    {
        var news = StopWords.English.With("said", "Says");
        Assert.True(news.Contains("says"));
        Assert.False(StopWords.English.Contains("said"));
        Assert.Equal(176, news.Count);
        var fewer = news.Without("the");
        Assert.False(fewer.Contains("the"));
        Assert.True(news.Contains("the"));
    }

    [Fact]
    public void Load_ReadsCommentsAndBlankLines()
    {
        using var temp = SharedData.TempFolder();
        string path = temp.Write("stop.txt", "# my list\nthe\n\n  Iran   | Snowball-style comment\nsaid # trailing\n");
        var stop = StopWords.Load(path);
        Assert.Equal(3, stop.Count);
        Assert.True(stop.Contains("iran"));
        Assert.Equal(path, stop.Origin);
        Assert.Equal(["iran", "said", "the"], stop.ToArray());
    }

    [Fact]
    public void Load_TwoWordsOnALine_ErrorNamesFileAndLine()
    {
        using var temp = SharedData.TempFolder();
        string path = temp.Write("bad.txt", "the\na\nof the\n");
        var ex = Assert.Throws<FormatException>(() => StopWords.Load(path));
        Assert.Contains(path, ex.Message);
        Assert.Contains("line 3", ex.Message);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => StopWords.Load("/nonexistent/stop.txt"));
        Assert.Contains("/nonexistent/stop.txt", ex.Message);
    }

    [Fact]
    public void Mask_FlagsVocabularyIds()
    {
        var vocabulary = new Vocabulary();
        int the = vocabulary.GetOrAdd("the"), iran = vocabulary.GetOrAdd("iran"), upper = vocabulary.GetOrAdd("The");
        var mask = StopWords.English.Mask(vocabulary);
        Assert.True(mask[the]);
        Assert.True(mask[upper]);
        Assert.False(mask[iran]);
    }
}
