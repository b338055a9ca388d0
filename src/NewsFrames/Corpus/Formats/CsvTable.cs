using System.Text;

namespace NewsFrames;

/// <summary>One CSV record with the line it starts on.</summary>
internal sealed record CsvRecord(int Line, string[] Fields);

/// <summary>
/// RFC 4180 CSV: comma-separated, double-quoted fields may hold commas, quotes ("") and line breaks.
/// The delimiter is a tab for .tsv files. An unterminated quote is an error naming the line it opened on.
/// </summary>
internal static class CsvTable
{
    public static List<CsvRecord> Parse(string text, char delimiter = ',')
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1, quoteLine = 0;
        bool inQuotes = false, fieldStarted = false, any = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else inQuotes = false;
                }
                else
                {
                    if (c == '\n') line++;
                    if (c != '\r' || i + 1 >= text.Length || text[i + 1] != '\n') field.Append(c);
                }
                continue;
            }
            if (c == '"' && !fieldStarted)
            {
                inQuotes = true;
                fieldStarted = any = true;
                quoteLine = line;
            }
            else if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStarted = false;
                any = true;
            }
            else if (c == '\r' || c == '\n')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                EndRecord();
                line++;
                recordLine = line;
            }
            else
            {
                if (c == '"') throw new MalformedInputException(line, "malformed CSV: a quote inside an unquoted field");
                field.Append(c);
                fieldStarted = any = true;
            }
        }
        if (inQuotes) throw new MalformedInputException(quoteLine, "malformed CSV: a quoted field is never closed");
        EndRecord();
        return records;

        void EndRecord()
        {
            if (any || field.Length > 0)
            {
                fields.Add(field.ToString());
                records.Add(new CsvRecord(recordLine, fields.ToArray()));
            }
            fields.Clear();
            field.Clear();
            fieldStarted = any = false;
        }
    }
}
