using Microsoft.Data.Analysis;

namespace NewsFrames;

public sealed partial class Corpus : ITabularResult
{
    /// <summary>
    /// One row per document: id, file, source, title, date (DateTime), url, words, sentences, characters,
    /// removed_characters (Int32), duplicate_of. <c>words</c> counts the tokens of <see cref="Tokenizer"/> (words,
    /// numbers, abbreviations, URLs); <c>sentences</c> the sentences of its splitter; <c>characters</c> the cleaned
    /// text's length; <c>removed_characters</c> the length of everything cleaning removed.
    /// </summary>
    /// <example><code>Corpus.Load("seeds").ToDataFrame()</code></example>
    public DataFrame ToDataFrame() => ToDataFrame(includeText: false);

    /// <summary>As <see cref="ToDataFrame()"/>, with a last column <c>text</c> (the cleaned text) when <paramref name="includeText"/>.</summary>
    public DataFrame ToDataFrame(bool includeText)
    {
        var words = new int[documents.Length];
        var sentences = new int[documents.Length];
        var vocabulary = new Vocabulary();
        for (int i = 0; i < documents.Length; i++)
        {
            var tokenized = Tokenizer.Tokenize(documents[i], vocabulary);
            words[i] = tokenized.Tokens.Count;
            sentences[i] = tokenized.Sentences.Count;
        }
        var frame = new DataFrame(
            new StringDataFrameColumn("id", documents.Select(d => d.Id)),
            new StringDataFrameColumn("file", documents.Select(d => d.File)),
            new StringDataFrameColumn("source", documents.Select(d => d.Source)),
            new StringDataFrameColumn("title", documents.Select(d => d.Title)),
            new PrimitiveDataFrameColumn<DateTime>("date", documents.Select(d => d.Date)),
            new StringDataFrameColumn("url", documents.Select(d => d.Url)),
            new Int32DataFrameColumn("words", words),
            new Int32DataFrameColumn("sentences", sentences),
            new Int32DataFrameColumn("characters", documents.Select(d => d.Text.Length)),
            new Int32DataFrameColumn("removed_characters", documents.Select(d => d.Removals.Sum(r => r.Text.Length))),
            new StringDataFrameColumn("duplicate_of", documents.Select(d => d.DuplicateOf)));
        if (includeText) frame.Columns.Add(new StringDataFrameColumn("text", documents.Select(d => d.Text)));
        return frame;
    }
}
