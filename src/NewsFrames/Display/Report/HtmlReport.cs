using System.Reflection;

namespace NewsFrames;

/// <summary>
/// A self-contained HTML report of a corpus: overview and load report, terms and keyness by source, frames by
/// source with evidence, entities and their co-occurrence, similarity and topics. One file that opens offline:
/// no script, style or font is fetched, and every text from the corpus, lexicon or gazetteer is escaped.
/// </summary>
/// <remarks>
/// The page is deterministic (same corpus and options, same bytes): it carries no timestamp and numbers its
/// chart elements. A section that fails is shown with its error instead of stopping the report; see <see cref="Problems"/>.
/// </remarks>
/// <example>
/// <code>
/// var corpus = Corpus.Load("seeds");
/// var report = HtmlReport.Build(corpus, new ReportOptions { Title = "Iran–Russia coverage" });
/// report.Save("report.html");    // written atomically
/// </code>
/// </example>
public sealed class HtmlReport
{
    private HtmlReport(string title, IReadOnlyList<ReportSection> sections, string html)
    {
        Title = title;
        Sections = sections;
        Html = html;
    }

    /// <summary>The page title.</summary>
    public string Title { get; }

    /// <summary>The sections, in page order.</summary>
    public IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>The sections that could not be built, as "title: reason".</summary>
    public IReadOnlyList<string> Problems => Sections.Where(s => s.Error is not null).Select(s => $"{s.Title}: {s.Error}").ToArray();

    /// <summary>The whole page.</summary>
    public string Html { get; }

    /// <summary>Builds the report of <paramref name="corpus"/>.</summary>
    public static HtmlReport Build(Corpus corpus, ReportOptions? options = null) => Build(corpus, options, ReportSections.All);

    internal static HtmlReport Build(Corpus corpus, ReportOptions? options, IReadOnlyList<ReportSections.Definition> definitions)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= new ReportOptions();
        var context = new ReportContext(corpus, options);
        string title = options.Title ?? DefaultTitle(corpus);
        var sections = new List<ReportSection>();
        bool hasCharts;
        // plotly.js goes once into the page head (if any chart is drawn), so no chart carries it.
        using (var document = DisplayDocument.Begin(plotlyAlreadyIncluded: true))
        {
            foreach (var definition in definitions)
            {
                options.Progress?.Report(definition.Title);
                var builder = new SectionBuilder(definition.Id);
                try
                {
                    if (definition.Build(context, builder))
                        sections.Add(new ReportSection(definition.Id, definition.Title, builder.Content, builder.Subsections));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    string reason = $"{e.GetType().Name}: {e.Message}";
                    var failed = new SectionBuilder(definition.Id).Classed(ParagraphKind.Error, "This section could not be built: " + reason);
                    sections.Add(new ReportSection(definition.Id, definition.Title, failed.Content, [], reason));
                }
            }
            hasCharts = document.Charts > 0;
        }
        return new HtmlReport(title, sections, ReportWriter.Page(title, Subtitle(corpus), sections, hasCharts, Version));
    }

    /// <summary>Writes the page to <paramref name="path"/> atomically (UTF-8).</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, Html);

    /// <inheritdoc/>
    public override string ToString() => Html;

    /// <summary>One line per section (and its failure, if any): what a notebook shows for a report.</summary>
    public string Summary()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{Title}: {Sections.Count} sections, {Html.Length / 1024:N0} KB of HTML. Save it with report.Save(\"report.html\").\n");
        foreach (var section in Sections)
            sb.Append("  ").Append(section.Title).Append(section.Error is null ? "" : " — failed: " + section.Error).Append('\n');
        return sb.ToString();
    }

    /// <summary>The <see cref="Summary"/> as escaped HTML.</summary>
    public string SummaryHtml()
    {
        var sb = new System.Text.StringBuilder("<div class=\"nf-report\"><p><strong>");
        NewsFrames.Html.AppendEscaped(sb, Title).Append("</strong>: ");
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{Sections.Count} sections, {Html.Length / 1024:N0} KB of HTML. Save it with <code>report.Save(\"report.html\")</code>.</p><ol>");
        foreach (var section in Sections)
        {
            NewsFrames.Html.AppendEscaped(sb.Append("<li>"), section.Title);
            if (section.Error is not null) NewsFrames.Html.AppendEscaped(sb.Append(" — <strong>failed</strong>: "), section.Error);
            sb.Append("</li>");
        }
        return sb.Append("</ol></div>").ToString();
    }

    private static string DefaultTitle(Corpus corpus) =>
        corpus.Root is null ? "NewsFrames report" : "NewsFrames report: " + Path.GetFileName(Path.TrimEndingDirectorySeparator(corpus.Root));

    private static string Subtitle(Corpus corpus)
    {
        int sources = corpus.Sources.Count;
        return $"How {sources} {CorpusSections.Plural(sources, "source", "sources")} covered the story, in {corpus.Count} {CorpusSections.Plural(corpus.Count, "article", "articles")}.";
    }

    private static string Version =>
        typeof(HtmlReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "";
}
