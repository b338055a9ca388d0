namespace NewsFrames.Tests.Topics;

using Corpus = NewsFrames.Corpus;

internal static class TopicTestCorpora
{
    public static Corpus Of(params (string Id, string? Source, string Text)[] docs) =>
        new(docs.Select(d => new Document { Id = d.Id, File = d.Id + ".txt", Source = d.Source, Title = d.Id, Text = d.Text }));

    /// <summary>Four tiny documents whose words are their own stems and not stop words.</summary>
    public static Corpus Animals() => Of(
        ("d0", "A", "cat dog dog bird"),
        ("d1", "B", "dog fish fish"),
        ("d2", "A", "cat cat bird fish"),
        ("d3", "B", "bird bird bird cow"));
}
