using Plotly.NET;

namespace NewsFrames;

/// <summary>Chart and axis titles, set the one way that works from C# with Plotly.NET.CSharp 0.14.</summary>
internal static class ChartTitles
{
    /// <summary>Sets the layout title (Plotly.NET.CSharp 0.14 has no WithTitle).</summary>
    public static GenericChart WithTitle(GenericChart chart, string text)
    {
        var title = new Title();
        title.SetProperty("text", text);
        var layout = new Layout();
        layout.SetProperty("title", title);
        return GenericChart.addLayout(layout, chart);
    }

    /// <summary>The chart title and both axis titles.</summary>
    public static GenericChart Titled(GenericChart chart, string title, string xTitle, string yTitle)
    {
        var styled = Plotly.NET.CSharp.GenericChartExtensions.WithXAxisStyle<string, string, string>(chart, TitleText: xTitle);
        styled = Plotly.NET.CSharp.GenericChartExtensions.WithYAxisStyle<string, string, string>(styled, TitleText: yTitle);
        // From C#, Title.init cannot omit its F# optional arguments; the title is a dynamic "text" property.
        var chartTitle = new Title();
        chartTitle.SetProperty("text", title);
        return Plotly.NET.Chart.withTitle(chartTitle).Invoke(styled);
    }
}
