using System.Text;

namespace NewsFrames;

/// <summary>Minimal HTML helpers shared by the formatters and the report writer.</summary>
internal static class Html
{
    /// <summary>
    /// Escapes text for element content and quoted attribute values. Everything that comes from a corpus,
    /// a lexicon or a gazetteer goes through here: article text is untrusted.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0 && !HasControl(text)) return text;
        var sb = new StringBuilder(text.Length + 16);
        AppendEscaped(sb, text);
        return sb.ToString();
    }

    public static StringBuilder AppendEscaped(StringBuilder sb, string? text)
    {
        if (text is null) return sb;
        foreach (char c in text)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                // Control characters other than tab and newline are not allowed in HTML text; NUL in particular.
                case < ' ' when c != '\n' && c != '\t' && c != '\r': sb.Append('\uFFFD'); break;
                default: sb.Append(c); break;
            }
        }
        return sb;
    }

    private static bool HasControl(string text)
    {
        foreach (char c in text)
            if (c < ' ' && c != '\n' && c != '\t' && c != '\r') return true;
        return false;
    }

    /// <summary>
    /// Makes text safe inside a &lt;script&gt; element: "&lt;/" would end the element early and "&lt;!--" changes how
    /// the parser reads it. Only valid where these sequences occur inside JavaScript string literals (JSON data).
    /// </summary>
    public static string ScriptSafe(string script) =>
        script.Replace("</", "<\\/", StringComparison.Ordinal).Replace("<!--", "<\\!--", StringComparison.Ordinal);
}
