namespace NewsFrames;

/// <summary>
/// One article after loading and cleaning. Immutable: every later stage reads it, none changes it.
/// </summary>
/// <remarks>
/// <see cref="Text"/> is the cleaned article text; paragraphs are separated by a blank line ("\n\n"),
/// and every offset reported by later stages (tokens, sentences, frame hits, entity mentions) is an
/// index into this string. For plain text and Markdown the headline line stays in the text as its first
/// paragraph (<see cref="Title"/> holds a copy), for HTML the article element keeps its heading; for JSON, CSV and
/// Reuters SGML the text is the text field alone.
/// </remarks>
/// <example>
/// <code>
/// var corpus = Corpus.Load("seeds");
/// Document first = corpus[0];
/// Console.WriteLine($"{first.Source}: {first.Title} ({first.Text.Length} characters)");
/// </code>
/// </example>
public sealed record Document
{
    /// <summary>Stable identifier, unique within the corpus (the file path relative to the corpus root, plus a row or item number for multi-article files).</summary>
    public required string Id { get; init; }

    /// <summary>The file the article came from, relative to the corpus root, with '/' separators.</summary>
    public required string File { get; init; }

    /// <summary>The outlet (e.g. "Iran Press"), or null when unknown.</summary>
    public string? Source { get; init; }

    /// <summary>The headline, or null when none could be established.</summary>
    public string? Title { get; init; }

    /// <summary>The publication date, or null when unknown.</summary>
    public DateTime? Date { get; init; }

    /// <summary>The article's address, or null when unknown.</summary>
    public string? Url { get; init; }

    /// <summary>The cleaned text: paragraphs separated by "\n\n".</summary>
    public required string Text { get; init; }

    /// <summary>Every piece of text the cleaning steps removed, in order, with the rule that removed it.</summary>
    public IReadOnlyList<Removal> Removals { get; init; } = [];

    /// <summary>Warnings raised while reading this article (e.g. an encoding fallback).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The <see cref="Id"/> of an earlier document this one duplicates (exactly or nearly), or null.</summary>
    public string? DuplicateOf { get; init; }

    /// <summary>The source, or "(unknown)" when the source is not known; used to group results by source.</summary>
    public string SourceOrUnknown => string.IsNullOrWhiteSpace(Source) ? UnknownSource : Source;

    /// <summary>The label used for documents whose source is not known.</summary>
    public const string UnknownSource = "(unknown)";
}

/// <summary>A piece of text removed by a cleaning rule, kept so that nothing disappears silently.</summary>
/// <param name="Rule">The rule's name (e.g. "related-links", "header-weather", "filler").</param>
/// <param name="Text">The exact text removed.</param>
public sealed record Removal(string Rule, string Text);
