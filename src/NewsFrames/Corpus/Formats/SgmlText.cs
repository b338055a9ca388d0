using System.Buffers;
using System.Globalization;
using System.Net;

namespace NewsFrames;

/// <summary>
/// The Reuters reader's text cleaning, done in one scratch buffer so that a field costs one final string: markup
/// tags dropped, entities decoded, control characters dropped, line ends trimmed. The output is exactly that of the
/// string pipeline it replaced (<c>WebUtility.HtmlDecode</c> of the text without markup, control filter,
/// <c>Split('\n')</c>, <c>TrimEnd</c>, <c>Join</c>, <c>Trim('\n', ' ')</c>), pinned by a digest of the whole collection
/// in the tests.
/// </summary>
internal static class SgmlText
{
    // The tags inside TEXT that Reuters marks fields with; anything else in angle brackets is text.
    private static readonly SearchValues<char> Entity = SearchValues.Create("&");

    // '&' and every character char.IsControl is true for (U+0000-U+001F, U+007F-U+009F), newline and tab included.
    private static readonly SearchValues<char> EntityOrControl = SearchValues.Create(
        "&" + string.Concat(Enumerable.Range(0, 32).Concat(Enumerable.Range(0x7F, 0x9F - 0x7F + 1)).Select(c => (char)c)));

    private static readonly string[] MarkupTags =
        ["<TITLE>", "</TITLE>", "<DATELINE>", "</DATELINE>", "<BODY>", "</BODY>", "<AUTHOR>", "</AUTHOR>"];

    /// <summary>Cleans <paramref name="raw"/> (see the class summary) in <paramref name="scratch"/>, grown when too small.</summary>
    public static string Clean(ReadOnlySpan<char> raw, ref char[] scratch)
    {
        var text = CleanInPlace(raw, ref scratch);
        return text.IsEmpty ? "" : text.ToString();
    }

    /// <summary>As <see cref="Clean"/>, without the string: the cleaned text in <paramref name="scratch"/>, valid until its next use.</summary>
    public static ReadOnlySpan<char> CleanInPlace(ReadOnlySpan<char> raw, ref char[] scratch)
    {
        if (scratch.Length < raw.Length) scratch = new char[Math.Max(raw.Length, scratch.Length * 2)];
        // Tags go first and entities are decoded afterwards, as before: an entity split by a tag is decoded once
        // the tag is gone, and a decoded "&lt;BODY>" stays text.
        int length = RemoveMarkup(raw, scratch);
        length = Decode(scratch.AsSpan(0, length), cleanLines: true);
        return ((ReadOnlySpan<char>)scratch.AsSpan(0, length)).Trim("\n ");
    }

    /// <summary>Decodes entities as <see cref="WebUtility.HtmlDecode(string)"/> does, in <paramref name="scratch"/>.</summary>
    public static ReadOnlySpan<char> Decode(ReadOnlySpan<char> value, ref char[] scratch)
    {
        if (value.IndexOf('&') < 0) return value;
        if (scratch.Length < value.Length) scratch = new char[Math.Max(value.Length, scratch.Length * 2)];
        value.CopyTo(scratch);
        return scratch.AsSpan(0, Decode(scratch.AsSpan(0, value.Length), cleanLines: false));
    }

    private static int RemoveMarkup(ReadOnlySpan<char> raw, Span<char> destination)
    {
        int written = 0, copied = 0, from = 0;
        while (true)
        {
            int open = raw[from..].IndexOf('<');
            if (open < 0) break;
            open += from;
            string? tag = TagAt(raw[open..]);
            if (tag is null)
            {
                from = open + 1;
                continue;
            }
            raw[copied..open].CopyTo(destination[written..]);
            written += open - copied;
            copied = from = open + tag.Length;
        }
        raw[copied..].CopyTo(destination[written..]);
        return written + raw.Length - copied;
    }

    private static string? TagAt(ReadOnlySpan<char> text)
    {
        foreach (var tag in MarkupTags)
            if (text.StartsWith(tag, StringComparison.Ordinal)) return tag;
        return null;
    }

    /// <summary>
    /// In place, the rules of <see cref="WebUtility.HtmlDecode(string)"/>: an entity runs from '&amp;' to the next ';'
    /// unless another '&amp;' comes first; &amp;#N; and &amp;#xH; are code points (an invalid one stays text); a name
    /// not in the HTML 4 table stays text. With <paramref name="cleanLines"/>, control characters other than newline
    /// and tab are dropped and every line loses its trailing white space. Writing never overtakes reading: no step
    /// writes more characters than it has read.
    /// </summary>
    private static int Decode(Span<char> text, bool cleanLines)
    {
        var special = cleanLines ? EntityOrControl : Entity;
        int written = 0, keep = 0;
        for (int i = 0; i < text.Length; i++)
        {
            // Ordinary characters go across as a block; only '&' (and with cleanLines newlines and control
            // characters) need a look of their own.
            int run = text[i..].IndexOfAny(special);
            int end = run < 0 ? text.Length : i + run;
            if (end > i)
            {
                text[i..end].CopyTo(text[written..]);
                int from = written;
                written += end - i;
                if (cleanLines)
                {
                    int last = written - 1;
                    while (last >= from && char.IsWhiteSpace(text[last])) last--;
                    if (last >= from) keep = last + 1;
                }
                i = end;
                if (i == text.Length) break;
            }
            char c = text[i];
            if (c == '&')
            {
                var rest = text[(i + 1)..];
                int length = rest.IndexOfAny(';', '&');
                if (length >= 0 && rest[length] == ';')
                {
                    var entity = rest[..length];
                    if (length > 1 && entity[0] == '#')
                    {
                        bool parsed = entity[1] is 'x' or 'X'
                            ? uint.TryParse(entity[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out uint value)
                            : uint.TryParse(entity[1..], NumberStyles.Integer, CultureInfo.InvariantCulture, out value);
                        if (parsed && System.Text.Rune.IsValid(value))
                        {
                            if (value <= 0xFFFF) Put(text, (char)value);
                            else
                            {
                                value -= 0x10000;
                                Put(text, (char)(0xD800 + (value >> 10)));
                                Put(text, (char)(0xDC00 + (value & 0x3FF)));
                            }
                            i += 1 + length;
                            continue;
                        }
                        // Not a code point: the '&' is text, and reading goes on after it.
                    }
                    else
                    {
                        char named = Named(entity);
                        if (named != '\0') Put(text, named);
                        else
                        {
                            // Forward copy to an index at or before the one read: nothing unread is overwritten.
                            Put(text, '&');
                            foreach (char e in entity) Put(text, e);
                            Put(text, ';');
                        }
                        i += 1 + length;
                        continue;
                    }
                }
            }
            Put(text, c);
        }
        return cleanLines ? keep : written;

        void Put(Span<char> output, char ch)
        {
            if (!cleanLines) output[written++] = ch;
            else if (ch == '\n')
            {
                written = keep;
                output[written++] = '\n';
                keep = written;
            }
            else if (ch == '\t' || !char.IsControl(ch))
            {
                output[written++] = ch;
                if (!char.IsWhiteSpace(ch)) keep = written;
            }
        }
    }

    /// <summary>The character of a named entity, or '\0' when the HTML 4 table WebUtility uses has no such name.</summary>
    private static char Named(ReadOnlySpan<char> name) => name switch
    {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        // Rare in news wire text: asking WebUtility keeps its table the only one.
        _ => WebUtility.HtmlDecode(string.Concat("&", name, ";")) is { Length: 1 } decoded ? decoded[0] : '\0',
    };
}
