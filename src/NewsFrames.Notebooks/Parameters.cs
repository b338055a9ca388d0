using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsFrames.Notebooks;

/// <summary>
/// papermill's parameter convention: the overrides go into a new code cell tagged <c>injected-parameters</c>, placed
/// after the cell tagged <c>parameters</c> (or first, when there is none); a later <c>var x = ...;</c> in the same
/// session overrides the earlier one. Values are typed the way papermill's CLI and C# translator type them.
/// </summary>
/// <example>
/// <code>
/// Parameters.Inject(notebook, Parameters.Parse(["corpusPath=../data/bbc", "top=20"]));
/// // adds: // Parameters
/// //       var corpusPath = "../data/bbc";
/// //       var top = 20;
/// </code>
/// </example>
public static partial class Parameters
{
    /// <summary>The tag of the cell holding the defaults.</summary>
    public const string ParametersTag = "parameters";

    /// <summary>The tag of the cell the engine writes.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>
    /// Parses <c>name=value</c> pairs as papermill's <c>-p</c> does: <c>True</c>/<c>False</c> are booleans, integers
    /// and floats are numbers, anything else is a string. A later pair of the same name wins.
    /// </summary>
    public static IReadOnlyDictionary<string, object> Parse(IEnumerable<string> pairs)
    {
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) throw new ArgumentException($"parameter \"{pair}\" is not name=value.");
            string name = pair[..eq].Trim();
            if (!Identifier().IsMatch(name)) throw new ArgumentException($"parameter name \"{name}\" is not a C# identifier.");
            result[name] = Type(pair[(eq + 1)..]);
        }
        return result;
    }

    /// <summary>papermill's typing of a command-line value.</summary>
    public static object Type(string value)
    {
        if (value == "True") return true;
        if (value == "False") return false;
        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long l)) return l;
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double d) && double.IsFinite(d)) return d;
        return value;
    }

    /// <summary>The C# source papermill's C# translator writes for these parameters.</summary>
    public static string ToCSharp(IReadOnlyDictionary<string, object> parameters)
    {
        var sb = new StringBuilder("// Parameters\n");
        foreach (var (name, value) in parameters)
            sb.Append("var ").Append(name).Append(" = ").Append(Literal(value)).Append(";\n");
        return sb.ToString();
    }

    /// <summary>
    /// Removes an earlier injected cell and inserts a new one after the <c>parameters</c> cell. Returns the new
    /// cell, or null when there is nothing to inject.
    /// </summary>
    public static NotebookCell? Inject(Notebook notebook, IReadOnlyDictionary<string, object> parameters)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(parameters);
        notebook.Cells.RemoveAll(c => c.Tags.Contains(InjectedTag));
        if (parameters.Count == 0) return null;
        var cell = NotebookCell.Code(ToCSharp(parameters));
        cell.Tags.Add(InjectedTag);
        int at = notebook.Cells.FindIndex(c => c.Tags.Contains(ParametersTag));
        notebook.Cells.Insert(at + 1, cell);
        return cell;
    }

    private static string Literal(object value) => value switch
    {
        bool b => b ? "true" : "false",
        long l => l is > int.MaxValue or < int.MinValue ? l.ToString(CultureInfo.InvariantCulture) + "L" : l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => Double(d),
        float f => Double(f),
        string s => StringLiteral(s),
        _ => throw new ArgumentException($"parameter values are bool, integer, float or string, not {value.GetType().Name}."),
    };

    private static string Double(double d)
    {
        string s = d.ToString("R", CultureInfo.InvariantCulture);
        // "3" would be an int in C#; papermill's str(3.0) is "3.0".
        return s.Contains('.', StringComparison.Ordinal) || s.Contains('E', StringComparison.Ordinal) ? s : s + ".0";
    }

    private static string StringLiteral(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    [GeneratedRegex(@"^[\p{L}_][\p{L}\p{Nd}_]*$")]
    private static partial Regex Identifier();
}
