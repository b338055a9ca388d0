using System.Reflection;
using System.Text;
using Plotly.NET;

namespace NewsFrames;

/// <summary>
/// Plotly.NET charts as HTML that works offline: plotly.js comes from the Plotly.NET assembly (2.28.0, embedded
/// there as a resource), never from a CDN, and is inlined at most once per <see cref="DisplayDocument"/>.
/// </summary>
/// <remarks>
/// plotly.js is a UMD bundle: on a page with require.js (nbconvert's HTML has it) it would register itself as an
/// AMD module and leave <c>window.Plotly</c> unset, so <c>window.define</c> is hidden while it runs.
/// The chart data is serialised by Plotly.NET (<see cref="GenericChart.toJson"/>); "&lt;/" in it is escaped so
/// that text from a corpus cannot close the script element.
/// </remarks>
/// <example>
/// <code>
/// var page = "&lt;html&gt;&lt;head&gt;" + ChartDisplay.PlotlyScript() + "&lt;/head&gt;&lt;body&gt;"
///          + ChartDisplay.ToHtml(chart, includePlotlyJs: false) + "&lt;/body&gt;&lt;/html&gt;";
/// </code>
/// </example>
public static class ChartDisplay
{
    private const string ResourceName = "Plotly.NET.plotly-2.28.0.min.js";

    private static readonly Lazy<string> Bundle = new(() =>
    {
        Assembly assembly = typeof(GenericChart).Assembly;
        using Stream stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded in {assembly.GetName().Name}; the Plotly.NET version changed.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    });

    /// <summary>The version of the inlined plotly.js.</summary>
    public const string PlotlyJsVersion = "2.28.0";

    /// <summary>The plotly.js source (about 3.6 MB) as embedded in Plotly.NET.</summary>
    public static string PlotlyJs => Bundle.Value;

    /// <summary>
    /// Script elements that define <c>window.Plotly</c> from the inlined bundle, with <c>window.define</c> hidden
    /// while it runs. Harmless when repeated: a page that already has plotly.js keeps it.
    /// </summary>
    public static string PlotlyScript()
    {
        var sb = new StringBuilder(Bundle.Value.Length + 512);
        AppendPlotlyScript(sb);
        return sb.ToString();
    }

    internal static void AppendPlotlyScript(StringBuilder sb)
    {
        sb.Append("<script type=\"text/javascript\" data-nf-plotly-begin=\"").Append(PlotlyJsVersion)
          .Append("\">window.__nfDefine = window.define; window.__nfHadPlotly = !!window.Plotly; window.define = undefined;</script>\n");
        sb.Append("<script type=\"text/javascript\" data-nf-plotly=\"").Append(PlotlyJsVersion).Append("\">\n")
          .Append("if (!window.__nfHadPlotly) {\n").Append(Bundle.Value).Append("\n}\n</script>\n");
        sb.Append("<script type=\"text/javascript\" data-nf-plotly-end=\"").Append(PlotlyJsVersion)
          .Append("\">window.define = window.__nfDefine; delete window.__nfDefine; delete window.__nfHadPlotly;</script>\n");
    }

    /// <summary>
    /// The chart as an HTML fragment: a &lt;div&gt; and the script that draws it. Inside a
    /// <see cref="DisplayDocument"/> plotly.js is included with the document's first chart (when
    /// <paramref name="includePlotlyJs"/> is null); outside one it is included every time unless told otherwise.
    /// </summary>
    public static string ToHtml(GenericChart chart, bool? includePlotlyJs = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var document = DisplayDocument.Current;
        bool include = includePlotlyJs ?? (document is null || document.ClaimPlotly());
        string id = document?.NextChartId() ?? "nf-chart-" + Guid.NewGuid().ToString("N");
        string json = Html.ScriptSafe(GenericChart.toJson(chart));

        var sb = new StringBuilder(json.Length + 1024);
        if (include) AppendPlotlyScript(sb);
        sb.Append("<div class=\"nf-chart\" id=\"").Append(id).Append("\"></div>\n");
        sb.Append("<script type=\"text/javascript\">\n(function () {\n  var figure = ").Append(json).Append(";\n");
        // If plotly.js comes later in the page (or not at all), wait for the load event, then say what is missing.
        sb.Append("  function draw() { Plotly.newPlot('").Append(id).Append("', figure.data, figure.layout, figure.config || {}); }\n");
        sb.Append("  if (window.Plotly) { draw(); return; }\n");
        sb.Append("  window.addEventListener('load', function () {\n");
        sb.Append("    if (window.Plotly) { draw(); return; }\n");
        sb.Append("    var el = document.getElementById('").Append(id).Append("');\n");
        sb.Append("    if (el) el.textContent = 'This chart needs plotly.js, which is included with the first chart of the page; run that cell again.';\n");
        sb.Append("  });\n})();\n</script>\n");
        return sb.ToString();
    }

    /// <summary>A one-line plain-text description of the chart (its title and number of traces).</summary>
    public static string ToText(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        int traces = GenericChart.countTrace(chart);
        return $"Plotly chart with {traces} {(traces == 1 ? "trace" : "traces")} (shown as HTML)";
    }
}
