namespace NewsFrames;

/// <summary>
/// One mention of a gazetteer entity: a span of a document's text (offsets into <see cref="NewsFrames.Document.Text"/>),
/// with the sentence and paragraph it is in.
/// </summary>
/// <param name="DocumentIndex">Index of the document in the corpus.</param>
/// <param name="Document">The document id.</param>
/// <param name="File">The file the document came from.</param>
/// <param name="Source">The document's source, or "(unknown)".</param>
/// <param name="Entity">The entity's canonical name.</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Match">Which class of surface form matched (name, alias, demonym, capital, role).</param>
/// <param name="Surface">The exact text of the mention, absorbed titles included ("Russian President Vladimir Putin").</param>
/// <param name="Sentence">Zero-based index of the sentence within the document.</param>
/// <param name="Paragraph">Zero-based index of the paragraph within the document.</param>
/// <param name="Start">Offset of the first character.</param>
/// <param name="End">Offset just past the last character (a possessive "’s" is not included).</param>
/// <param name="FirstToken">Index of the first token (for a part of a hyphenated compound, the compound's token).</param>
/// <param name="TokenCount">Number of tokens covered.</param>
public sealed record EntityMention(
    int DocumentIndex, string Document, string File, string Source,
    string Entity, EntityType Type, AliasKind Match, string Surface,
    int Sentence, int Paragraph, int Start, int End, int FirstToken, int TokenCount)
{
    /// <summary>Index just past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}
