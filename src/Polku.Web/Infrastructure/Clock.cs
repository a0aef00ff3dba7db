namespace Polku.Web.Infrastructure;

/// <summary>Now, and today's date in the organisation's time zone (Finland), from the injected time provider.</summary>
public sealed class Clock(TimeProvider time, TimeZoneInfo zone)
{
    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
}
