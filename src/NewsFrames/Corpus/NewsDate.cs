using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsFrames;

/// <summary>
/// Parses the date forms news text and metadata use, always in the invariant culture: ISO 8601 (with or without
/// time and offset), "June 17, 2024", "Monday, June 17, 2024", "17 June 2024", "Jun 17, 2024", "17th June 2024",
/// "2024/06/17", RFC 1123 ("Mon, 17 Jun 2024 10:00:00 GMT") and Unix seconds. A time with an offset keeps the
/// clock time as written (the publication's local time), not UTC.
/// </summary>
/// <example><code>NewsDate.TryParse("Monday, June 17, 2024", out var date); // 2024-06-17</code></example>
public static partial class NewsDate
{
    private static readonly string[] Formats =
    [
        "yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss",
        "yyyy/MM/dd", "yyyy/M/d", "yyyy.MM.dd",
        "MMMM d, yyyy", "MMM d, yyyy", "MMM. d, yyyy", "MMMM d yyyy", "MMM d yyyy",
        "dddd, MMMM d, yyyy", "dddd, MMM d, yyyy", "dddd MMMM d, yyyy", "ddd, MMMM d, yyyy", "ddd, MMM d, yyyy",
        "d MMMM yyyy", "d MMM yyyy", "d MMM. yyyy", "dddd, d MMMM yyyy", "dddd d MMMM yyyy", "ddd, d MMM yyyy", "d MMMM, yyyy",
        "MMMM d, yyyy h:mm tt", "MMMM d, yyyy HH:mm", "d MMMM yyyy HH:mm", "dddd, MMMM d, yyyy h:mm tt",
        "ddd, d MMM yyyy HH:mm:ss", "ddd, dd MMM yyyy HH:mm:ss",
    ];

    /// <summary>Parses <paramref name="text"/>; false when it is not one of the recognised forms.</summary>
    public static bool TryParse(string? text, out DateTime date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        string s = Whitespace().Replace(text.Trim(), " ");
        if (s.Length > 60) return false;
        s = Ordinal().Replace(s, "$1");
        if (s.EndsWith(" GMT", StringComparison.Ordinal) || s.EndsWith(" UTC", StringComparison.Ordinal)) s = s[..^4];
        if (s.EndsWith('Z') && s.Contains('T')) s = s[..^1];
        if (DateTime.TryParseExact(s, Formats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date)) return true;
        // ISO 8601 with an offset: keep the local clock time the publication wrote.
        if (IsoWithOffset().IsMatch(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var offset))
        {
            date = offset.DateTime;
            return true;
        }
        // "Sept." and "Sept" are common in news; .NET only knows "Sep".
        if (s.Contains("Sept", StringComparison.OrdinalIgnoreCase))
            return TryParse(Regex.Replace(s, "Sept\\.?", "Sep", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), out date);
        if (UnixSeconds().IsMatch(s) && long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long seconds))
        {
            date = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
            return true;
        }
        return false;
    }

    /// <summary>Parses <paramref name="text"/>, or returns null.</summary>
    public static DateTime? Parse(string? text) => TryParse(text, out var d) ? d : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(\d{1,2})(st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Ordinal();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?[+-]\d{2}:?\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoWithOffset();

    [GeneratedRegex(@"^1\d{9}$", RegexOptions.CultureInvariant)]
    private static partial Regex UnixSeconds();
}
