using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Analysis;

namespace NewsFrames.Tests.Display;

public class DataFrameDisplayTests
{
    private static DataFrame Sample(int rows)
    {
        var ids = new StringDataFrameColumn("id", Enumerable.Range(0, rows).Select(i => "doc" + i));
        var counts = new Int32DataFrameColumn("count", Enumerable.Range(0, rows).Select(i => i * 1000));
        var scores = new DoubleDataFrameColumn("score", Enumerable.Range(0, rows).Select(i => i + 0.5));
        return new DataFrame(ids, counts, scores);
    }

    [Fact]
    public void ToHtml_MoreRowsThanLimit_ShowsLimitAndCountsTheRest()
    {
        string html = DataFrameDisplay.ToHtml(Sample(25), new TableDisplayOptions { MaxRows = 20 });
        Assert.Equal(20, Regex.Matches(html, "<tr>").Count - 1); // minus the header row
        Assert.Contains("doc19", html);
        Assert.DoesNotContain("doc20", html);
        Assert.Contains("5 more rows", html);
        Assert.Contains("25 rows × 3 columns", html);
    }

    [Fact]
    public void ToHtml_FewRows_NoMoreRowsNote()
    {
        string html = DataFrameDisplay.ToHtml(Sample(1));
        Assert.DoesNotContain("more rows", html);
        Assert.Contains("1 row × 3 columns", html);
    }

    [Fact]
    public void ToHtml_TextIsEscaped()
    {
        var frame = new DataFrame(
            new StringDataFrameColumn("<b>name</b>", ["<script>alert(1)</script>", "<img src=x onerror=\"alert(2)\">", "Tom & Jerry's"]));
        string html = DataFrameDisplay.ToHtml(frame);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;", html);
        Assert.Contains("Tom &amp; Jerry&#39;s", html);
        Assert.Contains("&lt;b&gt;name&lt;/b&gt;", html);
    }

    [Fact]
    public void ToHtml_NumbersRightAlignedTextLeftAligned()
    {
        string html = DataFrameDisplay.ToHtml(Sample(2));
        // Header: id left, count and score right.
        var headers = Regex.Matches(html, "<th [^>]*text-align:(left|right)[^>]*>([^<]*)</th>").Select(m => (m.Groups[2].Value, m.Groups[1].Value)).ToArray();
        Assert.Equal([("id", "left"), ("count", "right"), ("score", "right")], headers);
        Assert.Matches("<td [^>]*text-align:right[^>]*>1000</td>", html);
        Assert.Matches("<td [^>]*text-align:left[^>]*>doc1</td>", html);
    }

    [Fact]
    public void ToHtml_InvariantCultureUnderGermanCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var frame = new DataFrame(
                new DoubleDataFrameColumn("x", [1234.5, 0.000012345, double.NaN, double.NegativeInfinity]),
                new PrimitiveDataFrameColumn<DateTime>("date", [new DateTime(2024, 6, 17), new DateTime(2024, 6, 17, 8, 30, 0), null, null]),
                new Int64DataFrameColumn("n", [1_234_567L, 2, 3, 4]));
            string html = DataFrameDisplay.ToHtml(frame);
            Assert.Contains(">1234.5<", html);
            Assert.Contains(">1.235E-5<", html);
            Assert.Contains(">NaN<", html);
            Assert.Contains(">−∞<", html);
            Assert.Contains(">2024-06-17<", html);
            Assert.Contains(">2024-06-17 08:30:00<", html);
            Assert.Contains(">1234567<", html);
            string text = DataFrameDisplay.ToText(frame);
            Assert.Contains("1234.5", text);
            Assert.DoesNotContain("1234,5", text);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void ToHtml_LongCellIsCut()
    {
        var frame = new DataFrame(new StringDataFrameColumn("text", [new string('a', 1000)]));
        string html = DataFrameDisplay.ToHtml(frame, new TableDisplayOptions { MaxCellLength = 10 });
        Assert.Contains(">aaaaaaaaa…<", html);
    }

    [Fact]
    public void ToText_AlignsColumnsAndCountsRows()
    {
        string text = DataFrameDisplay.ToText(Sample(3), new TableDisplayOptions { MaxRows = 2 });
        string[] lines = text.Split('\n');
        Assert.Equal("id    count  score", lines[0]);
        Assert.Equal("----  -----  -----", lines[1]);
        Assert.Equal("doc0      0    0.5", lines[2]);
        Assert.Equal("doc1   1000    1.5", lines[3]);
        Assert.Equal("… 1 more rows", lines[4]);
        Assert.Equal("(3 rows × 3 columns)", lines[5]);
    }

    [Fact]
    public void ToText_FlattensNewlines()
    {
        var frame = new DataFrame(new StringDataFrameColumn("t", ["a\nb\tc"]));
        Assert.StartsWith("t\n-----\na b c\n", DataFrameDisplay.ToText(frame));
    }
}
