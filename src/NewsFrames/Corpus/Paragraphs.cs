namespace NewsFrames;

/// <summary>One paragraph of an article before cleaning, with the layout facts the boilerplate rules use.</summary>
/// <param name="Text">The paragraph, trimmed.</param>
/// <param name="Indented">The source line started with white space (teasers under a link list often do).</param>
/// <param name="Bulleted">The paragraph starts with a list bullet.</param>
internal readonly record struct Paragraph(string Text, bool Indented, bool Bulleted);

internal static class Paragraphs
{
    private const string Bullets = "•·▪◦‣●–-*";

    /// <summary>
    /// Splits plain text into paragraphs. One line is one paragraph (news dumps put each paragraph on one line,
    /// with or without blank lines between), except in hard-wrapped text (every line ≤ 100 characters and some
    /// block of several lines), whose lines are joined within blank-line-separated blocks.
    /// </summary>
    public static List<Paragraph> FromText(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        bool hardWrapped = IsHardWrapped(lines);
        var result = new List<Paragraph>();
        var block = new List<string>();
        bool blockIndented = false;
        foreach (var line in lines)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush();
                continue;
            }
            if (!hardWrapped)
            {
                result.Add(Make(line.Trim(), StartsWithSpace(line)));
                continue;
            }
            if (block.Count == 0) blockIndented = StartsWithSpace(line);
            else if (IsBullet(line.TrimStart())) Flush();
            if (block.Count == 0) blockIndented = StartsWithSpace(line);
            block.Add(line.Trim());
        }
        Flush();
        return result;

        void Flush()
        {
            if (block.Count == 0) return;
            result.Add(Make(string.Join(' ', block), blockIndented));
            block.Clear();
        }
    }

    /// <summary>Paragraphs from already separate blocks (HTML elements, Markdown blocks).</summary>
    public static Paragraph Make(string text, bool indented = false) => new(text.Trim(), indented, IsBullet(text.TrimStart()));

    private static bool StartsWithSpace(string line) => line.Length > 0 && char.IsWhiteSpace(line[0]);

    private static bool IsBullet(string s) => s.Length > 1 && Bullets.Contains(s[0]) && char.IsWhiteSpace(s[1]);

    // Hard-wrapped: at least 8 lines, none over 100 characters, and the lines that continue into a next line are
    // mostly long (a wrap width of 60-80 is usual); short consecutive lines are a list, not a wrapped paragraph.
    private static bool IsHardWrapped(string[] lines)
    {
        var continued = new List<int>();
        int nonEmpty = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            int length = lines[i].TrimEnd().Length;
            if (length > 100) return false;
            if (length == 0) continue;
            nonEmpty++;
        }
        for (int i = 0; i + 1 < lines.Length; i++)
            if (lines[i].Trim().Length > 0 && lines[i + 1].Trim().Length > 0) continued.Add(lines[i].TrimEnd().Length);
        if (nonEmpty < 8 || continued.Count < 4) return false;
        continued.Sort();
        return continued[continued.Count / 2] >= 55;
    }
}
