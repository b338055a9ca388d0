using System.Globalization;

namespace NewsFrames;

/// <summary>How one DataFrame value is shown in a table: invariant culture, dates as ISO 8601.</summary>
internal static class CellFormat
{
    public static bool IsNumeric(Type type) =>
        type == typeof(double) || type == typeof(float) || type == typeof(decimal) ||
        type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(sbyte) ||
        type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(byte);

    public static string Format(object? value) => value switch
    {
        null => "",
        string s => s,
        double d => FormatDouble(d),
        float f => FormatDouble(f),
        decimal m => m.ToString("0.####", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero
            ? dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : dt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture),
        IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Up to four decimals for ordinary magnitudes, scientific notation for very small or very large values
    /// (p-values of 1e-12 stay readable), and explicit infinities.
    /// </summary>
    public static string FormatDouble(double d)
    {
        if (double.IsNaN(d)) return "NaN";
        if (double.IsPositiveInfinity(d)) return "∞";
        if (double.IsNegativeInfinity(d)) return "−∞";
        double a = Math.Abs(d);
        if (a == 0) return "0";
        if (a >= 1e-4 && a < 1e12) return d.ToString("0.####", CultureInfo.InvariantCulture);
        return d.ToString("0.###E+0", CultureInfo.InvariantCulture);
    }

    public static string Truncate(string text, int maxLength) =>
        maxLength > 1 && text.Length > maxLength ? text[..(maxLength - 1)].TrimEnd() + "…" : text;
}
