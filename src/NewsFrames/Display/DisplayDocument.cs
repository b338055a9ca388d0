namespace NewsFrames;

/// <summary>
/// One HTML document being assembled from many displayed values (a notebook run, a report). Inside it,
/// plotly.js is inlined with the first chart only and chart element ids are numbered deterministically.
/// Outside any document every chart output carries plotly.js itself, so it works on its own.
/// </summary>
/// <remarks>
/// The current document flows with the execution context (<see cref="AsyncLocal{T}"/>): begin it in the code
/// that submits the cells and formats their values, and dispose it when the document is complete.
/// </remarks>
/// <example>
/// <code>
/// using (DisplayDocument.Begin())
/// {
///     string first = Formatter.ToDisplayString(chart1, "text/html");   // includes plotly.js
///     string second = Formatter.ToDisplayString(chart2, "text/html");  // does not
/// }
/// </code>
/// </example>
public sealed class DisplayDocument : IDisposable
{
    private static readonly AsyncLocal<DisplayDocument?> CurrentDocument = new();
    private readonly DisplayDocument? previous;
    private int charts;
    private bool disposed;

    private DisplayDocument(DisplayDocument? previous, bool plotlyAlreadyIncluded)
    {
        this.previous = previous;
        PlotlyIncluded = plotlyAlreadyIncluded;
    }

    /// <summary>The document being assembled on this execution context, or null.</summary>
    public static DisplayDocument? Current => CurrentDocument.Value;

    /// <summary>
    /// Starts a document and makes it current until disposed. Pass <paramref name="plotlyAlreadyIncluded"/> when the
    /// page already carries plotly.js (e.g. the report writer puts it in the page head).
    /// </summary>
    public static DisplayDocument Begin(bool plotlyAlreadyIncluded = false)
    {
        var document = new DisplayDocument(CurrentDocument.Value, plotlyAlreadyIncluded);
        CurrentDocument.Value = document;
        return document;
    }

    /// <summary>Whether plotly.js has been written into this document.</summary>
    public bool PlotlyIncluded { get; private set; }

    /// <summary>How many charts were written into this document.</summary>
    public int Charts => charts;

    /// <summary>Claims the inclusion of plotly.js: true the first time only.</summary>
    internal bool ClaimPlotly()
    {
        lock (this)
        {
            if (PlotlyIncluded) return false;
            PlotlyIncluded = true;
            return true;
        }
    }

    internal string NextChartId() => "nf-chart-" + Interlocked.Increment(ref charts).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (CurrentDocument.Value == this) CurrentDocument.Value = previous;
    }
}
