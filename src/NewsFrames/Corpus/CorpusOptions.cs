namespace NewsFrames;

/// <summary>
/// How <see cref="Corpus.Load(string, CorpusOptions?)"/> reads a folder: which boilerplate rules run, which
/// field names JSON/CSV/front matter use, and how duplicates are detected. Immutable; build one with
/// <c>with</c> expressions from <see cref="Default"/>.
/// </summary>
/// <example>
/// <code>
/// var options = CorpusOptions.Default with
/// {
///     Boilerplate = BoilerplateOptions.Default with { HeaderNoise = false },
///     Fields = FieldMap.Default with { Text = ["story"] },
/// };
/// var corpus = Corpus.Load("articles", options);
/// </code>
/// </example>
public sealed record CorpusOptions
{
    /// <summary>All rules on, default field names, duplicates detected at Jaccard ≥ 0.8.</summary>
    public static CorpusOptions Default { get; } = new();

    /// <summary>The boilerplate rules to apply (all on by default; <see cref="BoilerplateOptions.None"/> keeps the text as read).</summary>
    public BoilerplateOptions Boilerplate { get; init; } = BoilerplateOptions.Default;

    /// <summary>The field names that JSON, JSON Lines, CSV and Markdown front matter are read with.</summary>
    public FieldMap Fields { get; init; } = FieldMap.Default;

    /// <summary>Duplicate detection; null turns it off.</summary>
    public DuplicateOptions? Duplicates { get; init; } = DuplicateOptions.Default;

    /// <summary>
    /// A first line longer than this is an opening paragraph, not a headline, and is not taken as the title
    /// (when no title is given by metadata). Default 200 characters.
    /// </summary>
    public int MaxTitleLength { get; init; } = 200;

    /// <summary>File names (case-insensitive) read as a sidecar manifest rather than as articles.</summary>
    public IReadOnlyList<string> ManifestNames { get; init; } = ["sources.csv", "manifest.csv"];

    /// <summary>Receives progress while files are read (the CLI draws a progress bar from it).</summary>
    public IProgress<LoadProgress>? Progress { get; init; }
}

/// <summary>Progress of a load: files done out of files found.</summary>
/// <param name="Done">Files processed so far.</param>
/// <param name="Total">Files found.</param>
public readonly record struct LoadProgress(int Done, int Total);

/// <summary>
/// The boilerplate rules, each switchable. Every removal is recorded on its document
/// (<see cref="Document.Removals"/>) and in <see cref="LoadReport.Removals"/>.
/// </summary>
public sealed record BoilerplateOptions
{
    /// <summary>Every rule on.</summary>
    public static BoilerplateOptions Default { get; } = new();

    /// <summary>Every rule off: the text is kept as read.</summary>
    public static BoilerplateOptions None { get; } = new()
    {
        RelatedLinks = false, ShareLines = false, HeaderNoise = false, RepeatedTitle = false, Filler = false,
    };

    /// <summary>
    /// Link lists and recirculation blocks ("Related News:", "Read More:", "Similar Posts", "Most Popular Articles",
    /// "Related Articles", "Also read", …). A marker in mid-article removes the marker and the short headline lines
    /// under it (rule <c>related-links</c>); a marker whose block runs to the end, with nothing after it but
    /// headlines, list items and indented teasers, removes the whole block (rule <c>recirculation</c>).
    /// </summary>
    public bool RelatedLinks { get; init; } = true;

    /// <summary>Share/follow/subscribe lines such as "Share this article" or "Follow us on Telegram" (rule <c>share-line</c>).</summary>
    public bool ShareLines { get; init; } = true;

    /// <summary>
    /// Lines above the title that are not the article: a weather reading ("41.1 C", rule <c>header-weather</c>),
    /// a bare date line (<c>header-date</c>; its date becomes the document's date when none is known), the site name
    /// (<c>header-site</c>); and a site name glued to the headline line, "Headline | Sputnik" (<c>title-site</c>;
    /// the site becomes the source when none is known).
    /// </summary>
    public bool HeaderNoise { get; init; } = true;

    /// <summary>The title repeated as the first body line (rule <c>repeated-title</c>).</summary>
    public bool RepeatedTitle { get; init; } = true;

    /// <summary>Placeholder text such as "This article will be expanded soon." (rule <c>filler</c>).</summary>
    public bool Filler { get; init; } = true;
}

/// <summary>
/// Field names for structured inputs (JSON, JSON Lines, CSV, Markdown front matter), matched case-insensitively;
/// the first name present in a record wins. A value that is an object is read through its <c>name</c> field
/// (e.g. NewsAPI's <c>"source": {"name": "Reuters"}</c>).
/// </summary>
public sealed record FieldMap
{
    /// <summary>The defaults listed on each property.</summary>
    public static FieldMap Default { get; } = new();

    /// <summary>Title: title, headline, heading, name.</summary>
    public IReadOnlyList<string> Title { get; init; } = ["title", "headline", "heading"];

    /// <summary>Text: text, body, content, article, full_text, fulltext, story, description.</summary>
    public IReadOnlyList<string> Text { get; init; } = ["text", "body", "content", "article", "full_text", "fulltext", "story", "description"];

    /// <summary>Source: source, outlet, site, site_name, publisher, publication, domain.</summary>
    public IReadOnlyList<string> Source { get; init; } = ["source", "outlet", "site", "site_name", "sitename", "publisher", "publication", "domain"];

    /// <summary>Date: date, published, published_at, publishedAt, pubdate, publish_date, datetime, time, timestamp.</summary>
    public IReadOnlyList<string> Date { get; init; } = ["date", "published", "published_at", "publishedat", "pubdate", "publish_date", "published_date", "datetime", "time", "timestamp"];

    /// <summary>URL: url, link, href, uri, permalink.</summary>
    public IReadOnlyList<string> Url { get; init; } = ["url", "link", "href", "uri", "permalink"];
}

/// <summary>Duplicate detection settings.</summary>
public sealed record DuplicateOptions
{
    /// <summary>Jaccard ≥ 0.8 over word 5-shingles, 128 MinHash functions.</summary>
    public static DuplicateOptions Default { get; } = new();

    /// <summary>Two documents whose shingle sets have at least this Jaccard similarity are near duplicates.</summary>
    public double NearThreshold { get; init; } = 0.8;

    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 5;
}
