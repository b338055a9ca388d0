namespace NewsFrames;

/// <summary>How many rows and how much of each cell a displayed table shows.</summary>
/// <example><code>DataFrameDisplay.ToHtml(corpus.ToDataFrame(), new TableDisplayOptions { MaxRows = 50 });</code></example>
public sealed record TableDisplayOptions
{
    /// <summary>The defaults: 20 rows, cells cut at 300 characters (40 in plain text).</summary>
    public static TableDisplayOptions Default { get; } = new();

    /// <summary>Rows shown; the rest are counted as "N more rows".</summary>
    public int MaxRows { get; init; } = 20;

    /// <summary>Characters shown per cell in HTML; longer text ends with "…".</summary>
    public int MaxCellLength { get; init; } = 300;

    /// <summary>Text columns to right-align like numbers (e.g. p-values formatted as "&lt;0.001").</summary>
    public IReadOnlySet<string> RightAligned { get; init; } = new HashSet<string>();

    /// <summary>Characters shown per cell in plain text.</summary>
    public int MaxTextCellLength { get; init; } = 40;
}
