namespace NewsFrames;

/// <summary>What goes into an <see cref="HtmlReport"/>. Every setting has a default: <c>HtmlReport.Build(corpus)</c> works.</summary>
/// <example>
/// <code>
/// var report = HtmlReport.Build(corpus, new ReportOptions { Title = "Iran–Russia coverage", TopTerms = 20 });
/// report.Save("report.html");
/// </code>
/// </example>
public sealed record ReportOptions
{
    /// <summary>The page title; by default "NewsFrames report: " and the corpus folder's name.</summary>
    public string? Title { get; init; }

    /// <summary>The frame lexicon; null for the built-in one (<c>FrameLexicon.Load("my-frames.yaml")</c> for your own).</summary>
    public FrameLexicon? Lexicon { get; init; }

    /// <summary>The gazetteer; null for the built-in one (<c>Gazetteer.Load("my-entities.yaml")</c> for your own).</summary>
    public Gazetteer? Gazetteer { get; init; }

    /// <summary>Terms listed per source in the term tables (top terms and keyness).</summary>
    public int TopTerms { get; init; } = 15;

    /// <summary>Rows of the documents table; the rest are counted.</summary>
    public int MaxDocuments { get; init; } = 200;

    /// <summary>Rows of the load-report and cleaning tables; the rest are counted.</summary>
    public int MaxLoadRows { get; init; } = 200;

    /// <summary>Evidence sentences shown per frame and source.</summary>
    public int EvidencePerFrame { get; init; } = 3;

    /// <summary>Entity pairs listed in the co-occurrence table.</summary>
    public int TopPairs { get; init; } = 25;

    /// <summary>Receives one message per stage ("terms", "frames", ...) while the report is built; null for silence.</summary>
    public IProgress<string>? Progress { get; init; }
}
