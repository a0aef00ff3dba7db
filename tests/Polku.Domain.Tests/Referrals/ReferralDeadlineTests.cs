using Polku.Domain.Referrals;

namespace Polku.Domain.Tests.Referrals;

/// <summary>SHL § 36: the assessment starts by the 7th working day for special groups, the day of receipt not counted.</summary>
public sealed class ReferralDeadlineTests
{
    [Theory]
    [InlineData("2025-04-17", true, 7, "2025-04-30")]  // Easter 2025: Good Friday 18.4. and Easter Monday 21.4.
    [InlineData("2026-06-18", true, 7, "2026-06-30")]  // Midsummer Eve 19.6.2026
    [InlineData("2026-10-30", false, 7, "2026-11-10")] // a Friday before All Saints' Day (Saturday 31.10.2026)
    [InlineData("2026-12-23", true, 7, "2027-01-07")]  // Christmas, New Year and Epiphany
    [InlineData("2026-10-30", false, 3, "2026-11-04")] // an organisation's own, shorter target
    [InlineData("2026-10-30", true, 3, "2026-11-10")]  // ...never shortens the statutory seven days
    public void Deadline_in_working_days(string received, bool specialGroup, int organisationTarget, string due) =>
        Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            Referral.AssessmentDeadline(DateOnly.Parse(received, System.Globalization.CultureInfo.InvariantCulture), specialGroup, organisationTarget));
}
