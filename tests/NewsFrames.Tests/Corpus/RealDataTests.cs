namespace NewsFrames.Tests.Corpus;

public class RealDataTests
{
    [SkippableFact]
    public void Load_Bbc_2225DocumentsOneEncodingWarningDocumentationSkipped()
    {
        var corpus = NewsFrames.Corpus.Load(SharedData.Data("bbc"));
        Assert.Equal(2225, corpus.Count);
        var warning = Assert.Single(corpus.Report.Warnings);
        Assert.Equal("sport/199.txt", warning.File);
        // PROVENANCE.txt: "sport/199.txt ... has one stray latin-1 0xA3 ('£') byte".
        Assert.Contains("0xA3", warning.Message);
        Assert.Contains("Windows-1252", warning.Message);
        Assert.Contains("£", corpus.Single(d => d.Id == "sport/199").Text);
        Assert.Equal(["MANIFEST.sha256", "PROVENANCE.txt", "README.TXT"], corpus.Report.Skipped.Select(e => e.File).ToArray());
        Assert.Equal("Ad sales boost Time Warner profit", corpus.Single(d => d.Id == "business/001").Title);
        Assert.Empty(corpus.Report.Removals);

        // Duplicates checked by a brute-force Python pass (whole file, lower-case letter/digit words; exact = same
        // words; near = Jaccard of word 5-shingle sets ≥ 0.8 against earlier kept documents, every pair compared):
        // 157 duplicates, 103 exact and 54 near, the same pairs as here (e.g. business/240 → business/214).
        Assert.Equal(157, corpus.Report.Duplicates.Count);
        Assert.Equal(103, corpus.Report.Duplicates.Count(d => d.Kind == "exact"));
        Assert.Equal("business/214", corpus.Single(d => d.Id == "business/240").DuplicateOf);
        Assert.Equal("entertainment/179", corpus.Single(d => d.Id == "entertainment/216").DuplicateOf);
    }

    [SkippableFact]
    public void Load_ReutersFile_SgmRecognised()
    {
        var corpus = NewsFrames.Corpus.Load(Path.Combine(SharedData.Data("reuters21578"), "reut2-000.sgm"));
        Assert.Equal(1000, corpus.Count);
        var first = corpus[0];
        Assert.Equal("reut2-000#1", first.Id);
        Assert.Equal("Reuters", first.Source);
        Assert.Equal("BAHIA COCOA REVIEW", first.Title);
        Assert.StartsWith("Showers continued throughout the week in the Bahia cocoa zone", first.Text);
    }
}
