namespace NewsFrames.Tests.Corpus;

public class NewsDateTests
{
    [Theory]
    [InlineData("2024-06-17", 2024, 6, 17, 0, 0)]
    [InlineData("2024-06-17T09:30:00Z", 2024, 6, 17, 9, 30)]
    [InlineData("2024-06-17T09:30:00+03:30", 2024, 6, 17, 9, 30)]
    [InlineData("2024-06-17T09:30:00.123-05:00", 2024, 6, 17, 9, 30)]
    [InlineData("June 17, 2024", 2024, 6, 17, 0, 0)]
    [InlineData("Monday, June 17, 2024", 2024, 6, 17, 0, 0)]
    [InlineData("17 June 2024", 2024, 6, 17, 0, 0)]
    [InlineData("17th June 2024", 2024, 6, 17, 0, 0)]
    [InlineData("Jun 17, 2024", 2024, 6, 17, 0, 0)]
    [InlineData("Sept. 3, 2024", 2024, 9, 3, 0, 0)]
    [InlineData("2024/06/17", 2024, 6, 17, 0, 0)]
    [InlineData("Mon, 17 Jun 2024 10:00:00 GMT", 2024, 6, 17, 10, 0)]
    [InlineData("  Monday,   June 17, 2024 ", 2024, 6, 17, 0, 0)]
    public void TryParse_CommonForms(string text, int y, int m, int d, int h, int min)
    {
        Assert.True(NewsDate.TryParse(text, out var date));
        Assert.Equal(new DateTime(y, m, d, h, min, 0), new DateTime(date.Year, date.Month, date.Day, date.Hour, date.Minute, 0));
    }

    [Fact]
    public void TryParse_UnixSeconds_Utc()
    {
        // 1718618400 = 2024-06-17T10:00:00Z (date -u -d @1718618400).
        Assert.Equal(new DateTime(2024, 6, 17, 10, 0, 0), NewsDate.Parse("1718618400"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("41.1 C")]
    [InlineData("23 April: Iran and Russia Boost Strategic Partnership")]
    [InlineData("sometime in spring")]
    [InlineData("2024")]
    public void TryParse_NotADate(string text) => Assert.False(NewsDate.TryParse(text, out _));

    [Fact]
    public void TryParse_IgnoresTheCurrentCulture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(new DateTime(2024, 6, 17), NewsDate.Parse("June 17, 2024"));
        }
        finally { System.Globalization.CultureInfo.CurrentCulture = saved; }
    }
}
