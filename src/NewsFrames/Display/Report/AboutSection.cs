namespace NewsFrames;

/// <summary>The closing section: what the numbers mean and what they cannot tell.</summary>
internal static class AboutSection
{
    public static bool Build(ReportContext context, SectionBuilder section)
    {
        section.Paragraph("NewsFrames compares how different sources word the same story. Everything above is counted from the article texts after cleaning; nothing is inferred about intent.");
        section.Paragraph("What the numbers cannot tell: a handful of articles is not a sample of an outlet's coverage; counts of words and lexicon matches measure wording, not stance; a frame match is a phrase that often signals a frame, so read the evidence sentences before drawing a conclusion.");
        section.Paragraph("The same report can be built from a notebook cell with HtmlReport.Build(corpus), and every table above is the DataFrame of a library result (ToDataFrame()), so the numbers can be exported and checked.");
        if (context.Corpus.Root is not null)
            section.Note($"Corpus folder: {Path.GetFileName(Path.TrimEndingDirectorySeparator(context.Corpus.Root))}.");
        return true;
    }
}
