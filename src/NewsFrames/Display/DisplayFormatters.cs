using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Plotly.NET;

namespace NewsFrames;

/// <summary>
/// Registers HTML and plain-text formatters with Microsoft.DotNet.Interactive.Formatting for
/// <see cref="DataFrame"/>, Plotly.NET charts, every <see cref="ITabularResult"/> and <see cref="HtmlReport"/> (a summary), so a notebook cell that ends
/// with a result shows a table or a chart. The engine calls this once per session; in Polyglot Notebooks call it
/// in the first cell.
/// </summary>
/// <remarks>
/// Deliberately no <c>display()</c> or <c>.Display()</c> here: those belong to the kernel (or to the NewsFrames
/// engine); defining them in the library would make a real kernel's own <c>Display()</c> ambiguous.
/// </remarks>
/// <example>
/// <code>
/// DisplayFormatters.Register();
/// string html = Formatter.ToDisplayString(corpus.ToDataFrame(), "text/html");
/// </code>
/// </example>
public static class DisplayFormatters
{
    /// <summary>The MIME type of HTML outputs.</summary>
    public const string HtmlMimeType = "text/html";

    /// <summary>The MIME type of plain-text outputs.</summary>
    public const string PlainTextMimeType = "text/plain";

    /// <summary>Registers the formatters (again, with new options, if called again).</summary>
    /// <param name="options">Row and cell limits of displayed tables; <see cref="TableDisplayOptions.Default"/> when null.</param>
    public static void Register(TableDisplayOptions? options = null)
    {
        options ??= TableDisplayOptions.Default;

        Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameDisplay.ToHtml(frame, options)), HtmlMimeType);
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameDisplay.ToText(frame, options)), PlainTextMimeType);

        // GenericChart is an F# union: values are of its nested subclasses, which the formatter resolves to the base.
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartDisplay.ToHtml(chart)), HtmlMimeType);
        Formatter.Register<GenericChart>((chart, writer) => writer.Write(ChartDisplay.ToText(chart)), PlainTextMimeType);

        Formatter.Register(typeof(ITabularResult), (value, writer) =>
            writer.Write(DataFrameDisplay.ToHtml(((ITabularResult)value).ToDataFrame(), options)), HtmlMimeType);
        Formatter.Register(typeof(ITabularResult), (value, writer) =>
            writer.Write(DataFrameDisplay.ToText(((ITabularResult)value).ToDataFrame(), options)), PlainTextMimeType);

        // A whole report inside a cell would nest one page in another: show what it holds instead.
        Formatter.Register<HtmlReport>((report, writer) => writer.Write(report.SummaryHtml()), HtmlMimeType);
        Formatter.Register<HtmlReport>((report, writer) => writer.Write(report.Summary()), PlainTextMimeType);

        Formatter.SetPreferredMimeTypesFor(typeof(DataFrame), HtmlMimeType, PlainTextMimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(GenericChart), HtmlMimeType, PlainTextMimeType);
        Formatter.SetPreferredMimeTypesFor(typeof(ITabularResult), HtmlMimeType, PlainTextMimeType);
    }
}
