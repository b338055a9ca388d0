namespace NewsFrames;

/// <summary>
/// A frame: one way of telling the story (e.g. "a strategic partnership"), recognised by its patterns.
/// </summary>
/// <param name="Id">Short identifier, unique within a lexicon (letters, digits, '-' and '_').</param>
/// <param name="Label">The name shown in tables and charts.</param>
/// <param name="Description">One line saying what the frame is.</param>
/// <param name="Patterns">The patterns, in lexicon order.</param>
/// <example>
/// <code>
/// foreach (Frame frame in FrameLexicon.Default.Frames)
///     Console.WriteLine($"{frame.Id}: {frame.Label} ({frame.Patterns.Count} patterns)");
/// </code>
/// </example>
public sealed record Frame(string Id, string Label, string Description, IReadOnlyList<FramePattern> Patterns);

/// <summary>One pattern of a frame, with where it was written.</summary>
/// <param name="Text">The pattern as written in the lexicon.</param>
/// <param name="Frame">The id of the frame it belongs to.</param>
/// <param name="File">The lexicon file (or "(default)" for the embedded lexicon).</param>
/// <param name="Line">1-based line of the pattern in that file.</param>
/// <param name="Column">1-based column of the pattern's first character in that file.</param>
public sealed record FramePattern(string Text, string Frame, string File, int Line, int Column)
{
    /// <summary>The pattern's location, "file:line:column".</summary>
    public string Location => $"{File}:{Line}:{Column}";
}

/// <summary>
/// One frame hit with its evidence: the document, the sentence, and the exact matched text with its character
/// offsets in <see cref="Document.Text"/> (so <c>document.Text[Start..End] == Matched</c>).
/// </summary>
/// <param name="Document">The document's id.</param>
/// <param name="File">The file the document came from.</param>
/// <param name="Source">The source, or "(unknown)".</param>
/// <param name="Date">The document's date, when known.</param>
/// <param name="Frame">The frame's id.</param>
/// <param name="Label">The frame's label.</param>
/// <param name="Pattern">The pattern (as written in the lexicon) that matched.</param>
/// <param name="Matched">The matched text.</param>
/// <param name="Sentence">The sentence containing the match.</param>
/// <param name="SentenceIndex">The 0-based index of that sentence in the document.</param>
/// <param name="Start">Offset of the first matched character in the document text.</param>
/// <param name="End">Offset just past the last matched character.</param>
/// <param name="SentenceStart">Offset of the sentence's first character in the document text.</param>
public sealed record FrameHit(
    string Document, string File, string Source, DateTime? Date, string Frame, string Label, string Pattern,
    string Matched, string Sentence, int SentenceIndex, int Start, int End, int SentenceStart);
