namespace NewsFrames;

/// <summary>One section of an <see cref="HtmlReport"/>: its anchor, its heading, its sub-headings and its HTML body.</summary>
/// <param name="Id">The anchor id (e.g. "overview").</param>
/// <param name="Title">The heading, as plain text.</param>
/// <param name="Html">The body (escaped HTML).</param>
/// <param name="Subsections">The (anchor, heading) pairs of its sub-headings, for the table of contents.</param>
/// <param name="Error">Why the section could not be built, or null when it was.</param>
public sealed record ReportSection(string Id, string Title, string Html, IReadOnlyList<(string Id, string Title)> Subsections, string? Error = null);
