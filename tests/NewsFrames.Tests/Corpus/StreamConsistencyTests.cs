namespace NewsFrames.Tests.Corpus;

public class StreamConsistencyTests
{
    [Fact]
    public void CorpusStream_SameDocumentsAsLoad_SkipsTheSameFiles()
    {
        using var temp = SharedData.TempFolder();
        temp.Write("README.TXT", "About the data\n\nNot an article.\n");
        temp.Write("news/a.txt", "41.1 C\n\nHeadline A | Site\n\nBody A.\n\nRelated News:\n\nOther headline\n\nMore of A.\n");
        temp.Write("news/b.jsonl", "{\"title\": \"B\", \"text\": \"Body B.\"}\n{broken\n");
        temp.Write("news/c.bin", [1, 0, 2]);
        temp.Write("sources.csv", "file,source\nnews/a.txt,Manifest Source\n");
        var loaded = NewsFrames.Corpus.Load(temp.Path);
        var streamed = CorpusStream.Read(temp.Path).ToArray();
        Assert.Equal(["news/a", "news/b#1"], loaded.Select(d => d.Id).ToArray());
        Assert.Equal(loaded.Select(d => (d.Id, d.File, d.Source, d.Title, d.Text)), streamed.Select(d => (d.Id, d.File, d.Source, d.Title, d.Text)));
        Assert.Equal(loaded.SelectMany(d => d.Removals), streamed.SelectMany(d => d.Removals));
    }
}
