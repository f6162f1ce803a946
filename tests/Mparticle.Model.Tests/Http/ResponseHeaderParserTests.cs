namespace Mparticle.Tests.Http;

public class ResponseHeaderParserTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("7", 7)]
    [InlineData(" 7 ", 7)]
    [InlineData("\"7\"", 7)]
    [InlineData("0", 0)]
    [InlineData("1.5", 1.5)]
    [InlineData("Sat, 01 Mar 2025 12:00:30 GMT", 30)]
    [InlineData("Saturday, 01-Mar-25 12:00:30 GMT", 30)]
    [InlineData("Sat Mar  1 12:00:30 2025", 30)]
    [InlineData("Sat, 01 Mar 2025 11:00:00 GMT", 0)]
    public void RetryAfterIsReadAsSecondsOrAsAnHttpDate(string value, double seconds)
    {
        ResponseHeaderParser.ParseRetryAfter(value, Now).ShouldBe(TimeSpan.FromSeconds(seconds));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-5")]
    public void AnAbsentOrUnreadableRetryAfterIsAbsent(string? value)
    {
        ResponseHeaderParser.ParseRetryAfter(value, Now).ShouldBeNull();
    }

    [Theory]
    [InlineData("org", "org")]
    [InlineData("\"org\"", "org")]
    [InlineData(" 'acceleration' ", "acceleration")]
    [InlineData("workspace", "workspace")]
    [InlineData("\"\"", null)]
    [InlineData(null, null)]
    public void TheExceededRateLimitIsReadWithoutQuotes(string? value, string? expected)
    {
        ResponseHeaderParser.ParseRateLimitExceeded(value).ShouldBe(expected);
    }

    [Theory]
    [InlineData("92", 92)]
    [InlineData("\"92\"", 92)]
    [InlineData("92%", 92)]
    [InlineData("92.7", 92)]
    [InlineData("x", null)]
    [InlineData(null, null)]
    public void ThePercentageUsedIsReadLeniently(string? value, int? expected)
    {
        ResponseHeaderParser.ParsePercentage(value).ShouldBe(expected);
    }
}
