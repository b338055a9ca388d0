using Microsoft.Data.Analysis;

namespace NewsFrames;

/// <summary>How serious a lexicon finding is.</summary>
public enum LexiconSeverity
{
    /// <summary>The lexicon cannot be used until this is fixed.</summary>
    Error,
    /// <summary>The lexicon works, but probably not as intended.</summary>
    Warning,
    /// <summary>A fact worth knowing (e.g. a pattern without hits in the given corpus).</summary>
    Info,
}

/// <summary>One finding about a lexicon, located by file, line and column.</summary>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Code">A stable short code: yaml, schema, syntax, duplicate, never-matches, broad, no-hits, frame-no-hits.</param>
/// <param name="File">The lexicon file.</param>
/// <param name="Line">1-based line (0 when the finding is about the whole file).</param>
/// <param name="Column">1-based column (0 when unknown).</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <param name="Frame">The frame concerned, if any.</param>
/// <param name="Pattern">The pattern concerned, if any.</param>
public sealed record LexiconDiagnostic(
    LexiconSeverity Severity, string Code, string File, int Line, int Column, string Message, string? Frame = null, string? Pattern = null)
{
    /// <summary>"file:line:column: severity code: message", the form compilers and editors understand.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {Severity.ToString().ToLowerInvariant()} {Code}: {Message}";
}

/// <summary>The result of linting a lexicon: every finding, in file order.</summary>
/// <example>
/// <code>
/// var lint = FrameLexicon.Lint("my-frames.yaml", Corpus.Load("seeds"));
/// lint.ToDataFrame();
/// </code>
/// </example>
public sealed class LexiconLint : ITabularResult
{
    internal LexiconLint(IEnumerable<LexiconDiagnostic> diagnostics) =>
        Diagnostics = diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column)
            .ThenBy(d => d.Severity).ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal).ToArray();

    /// <summary>The findings, ordered by file, line and column.</summary>
    public IReadOnlyList<LexiconDiagnostic> Diagnostics { get; }

    /// <summary>True when no finding is an error.</summary>
    public bool IsValid => Diagnostics.All(d => d.Severity != LexiconSeverity.Error);

    /// <summary>Columns: severity, code, file, line, column, frame, pattern, message.</summary>
    public DataFrame ToDataFrame() => new(
        new StringDataFrameColumn("severity", Diagnostics.Select(d => d.Severity.ToString().ToLowerInvariant())),
        new StringDataFrameColumn("code", Diagnostics.Select(d => d.Code)),
        new StringDataFrameColumn("file", Diagnostics.Select(d => d.File)),
        new Int32DataFrameColumn("line", Diagnostics.Select(d => d.Line)),
        new Int32DataFrameColumn("column", Diagnostics.Select(d => d.Column)),
        new StringDataFrameColumn("frame", Diagnostics.Select(d => d.Frame)),
        new StringDataFrameColumn("pattern", Diagnostics.Select(d => d.Pattern)),
        new StringDataFrameColumn("message", Diagnostics.Select(d => d.Message)));
}

/// <summary>A lexicon that cannot be used; the message names the file, line and column.</summary>
public sealed class LexiconException : Exception
{
    /// <summary>Creates the exception from the first error found.</summary>
    public LexiconException(LexiconDiagnostic diagnostic)
        : base($"{diagnostic.File}:{diagnostic.Line}:{diagnostic.Column}: {diagnostic.Message}") => Diagnostic = diagnostic;

    /// <summary>The error.</summary>
    public LexiconDiagnostic Diagnostic { get; }

    /// <summary>The lexicon file.</summary>
    public string File => Diagnostic.File;

    /// <summary>1-based line.</summary>
    public int Line => Diagnostic.Line;

    /// <summary>1-based column.</summary>
    public int Column => Diagnostic.Column;
}
