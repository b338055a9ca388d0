namespace NewsFrames;

/// <summary>An article as a format reader found it, before cleaning and the manifest.</summary>
internal sealed class RawArticle
{
    /// <summary>Position within a multi-article file ("#3"), or null for a one-article file.</summary>
    public string? IdSuffix { get; init; }

    /// <summary>The 1-based line the article starts on, for messages.</summary>
    public int? Line { get; init; }

    public string? Title { get; init; }
    public string? Source { get; init; }
    public DateTime? Date { get; init; }
    public string? Url { get; init; }

    /// <summary>The article's paragraphs.</summary>
    public required List<Paragraph> Paragraphs { get; init; }

    /// <summary>True for plain text without a title field: the first line is the headline.</summary>
    public bool TitleFromFirstLine { get; init; }

    /// <summary>Removals made while reading (e.g. the Reuters sign-off).</summary>
    public List<Removal> Removals { get; init; } = [];

    /// <summary>Warnings about this article (an unparsable date field, …).</summary>
    public List<string> Warnings { get; init; } = [];
}

/// <summary>Input that a reader cannot make sense of; the file is skipped with this message.</summary>
internal sealed class MalformedInputException(int? line, string message) : Exception(message)
{
    public int? Line { get; } = line;
}
