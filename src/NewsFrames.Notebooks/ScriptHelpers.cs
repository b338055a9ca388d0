using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Html;

namespace NewsFrames.Notebooks;

/// <summary>
/// What a cell can call besides its own references: <c>display(...)</c>, <c>.Display()</c> and <c>HTML(...)</c>,
/// as the .NET Interactive C# kernel offered them. Imported into every session with <c>using static</c>; they
/// live here, not in the NewsFrames library, so that under a real kernel its own <c>display</c> is not ambiguous.
/// </summary>
/// <example>
/// <code>
/// display(corpus.ToDataFrame());      // in a cell: shows a table, then the cell goes on
/// corpus.Report.Display();
/// </code>
/// </example>
public static class ScriptHelpers
{
    /// <summary>Shows <paramref name="value"/> as an output of the running cell (text/html and text/plain).</summary>
    // Lower-case on purpose: notebooks written for .NET Interactive call display(...).
#pragma warning disable IDE1006
    public static void display(object? value)
#pragma warning restore IDE1006
    {
        var output = new JsonObject
        {
            ["output_type"] = "display_data",
            ["data"] = CellOutputs.MimeBundle(value),
            ["metadata"] = new JsonObject(),
        };
        if (CellOutputs.Current is { } cell) cell.Add(output);
        else Console.WriteLine(value);
    }

    /// <summary>Shows the value as an output of the running cell; same as <see cref="display"/>.</summary>
    public static void Display(this object? value) => display(value);

    /// <summary>Wraps trusted HTML so it is shown as HTML rather than as text.</summary>
    public static IHtmlContent HTML(string html) => new HtmlString(html);
}
