namespace NewsFrames;

/// <summary>The sections of the report, in page order. A section's builder returns false when it has nothing to show.</summary>
internal static class ReportSections
{
    internal sealed record Definition(string Id, string Title, Func<ReportContext, SectionBuilder, bool> Build);

    public static IReadOnlyList<Definition> All { get; } =
    [
        new("overview", "Corpus overview", CorpusSections.Overview),
        new("loading", "Loading and cleaning", CorpusSections.Loading),
        new("terms", "Terms by source", TermSections.Terms),
        new("keyness", "Key terms by source", TermSections.Keyness),
        new("frames", "Frames by source", FramingSections.Frames),
        new("entities", "Entities", EntitySections.Entities),
        new("similarity", "Similarity and shared passages", SimilaritySections.Similarity),
        new("about", "About this report", AboutSection.Build),
    ];
}
