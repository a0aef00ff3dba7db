using Polku.Domain.Common;
using Polku.Domain.Services;

namespace Polku.Domain.Tests.Services;

public sealed class ProviderReferralTests
{
    private static readonly Guid Worker = Guid.NewGuid();
    private static readonly Guid ProviderStaff = Guid.NewGuid();
    private static readonly DateOnly Sent = new(2026, 11, 2);

    private static readonly Service Upseeri = new()
    {
        Code = "upseeri", Name = new LocalizedName("Työpaja Upseeri", "Verkstaden Upseeri", "Upseeri workshop"), Producer = ProducerType.Purchased, ProviderId = Guid.NewGuid(),
    };

    private static ProviderReferral Referral() =>
        ProviderReferral.Send(Guid.NewGuid(), Guid.NewGuid(), Upseeri, Guid.NewGuid(), DisclosureBasis.Consent, "Suullinen suostumus 2.11.2026", "Työpajatoimintaa 3 pv/vko.", ["Päivärytmi"], Worker, Sent);

    [Fact]
    public void A_referral_goes_to_the_services_provider_and_remembers_who_sent_it()
    {
        var referral = Referral();

        Assert.Equal(Upseeri.ProviderId, referral.ProviderId);
        Assert.Equal(ProviderReferralStatus.Sent, referral.Status);
        Assert.True(referral.IsOpen);
        Assert.Equal(new ProviderReferralStep(ProviderReferralStatus.Sent, Worker, Sent), Assert.Single(referral.History));
    }

    [Fact]
    public void Accepted_started_and_ended_with_an_outcome_the_history_keeps_each_step()
    {
        var referral = Referral();
        referral.Accept(ProviderStaff, Sent.AddDays(2));
        referral.Start(ProviderStaff, Sent.AddDays(7));
        referral.End(ServiceOutcome.MovedOn, "Siirtyi palkkatukityöhön.", Worker, Sent.AddDays(90));

        Assert.Equal(ProviderReferralStatus.Ended, referral.Status);
        Assert.Equal(Sent.AddDays(7), referral.StartedOn);
        Assert.Equal(Sent.AddDays(90), referral.EndedOn);
        Assert.Equal(ServiceOutcome.MovedOn, referral.Outcome);
        Assert.False(referral.IsOpen);
        Assert.Equal([ProviderReferralStatus.Sent, ProviderReferralStatus.Accepted, ProviderReferralStatus.Started, ProviderReferralStatus.Ended], referral.History.Select(h => h.Status));
        Assert.Empty(referral.Next);
    }

    [Fact]
    public void A_declined_referral_keeps_the_reason_and_goes_no_further()
    {
        var referral = Referral();
        referral.Decline("Ei vapaita paikkoja ennen maaliskuuta.", ProviderStaff, Sent.AddDays(1));

        Assert.Equal("Ei vapaita paikkoja ennen maaliskuuta.", referral.Reason);
        Assert.False(referral.IsOpen);
        Assert.Throws<InvalidOperationException>(() => referral.Start(ProviderStaff, Sent.AddDays(3)));
    }

    [Fact]
    public void An_interrupted_service_needs_its_reason_a_completed_one_does_not()
    {
        var interrupted = Referral();
        interrupted.Start(ProviderStaff, Sent.AddDays(3));
        Assert.Throws<ArgumentException>(() => interrupted.End(ServiceOutcome.Interrupted, " ", Worker, Sent.AddDays(30)));
        Assert.Equal(ProviderReferralStatus.Started, interrupted.Status);

        var completed = Referral();
        completed.Start(ProviderStaff, Sent.AddDays(3));
        completed.End(ServiceOutcome.Completed, "", Worker, Sent.AddDays(30));
        Assert.Equal(ServiceOutcome.Completed, completed.Outcome);
    }

    [Fact]
    public void Nothing_happens_before_sending_and_a_service_cannot_end_before_it_started()
    {
        var referral = Referral();
        Assert.Throws<ArgumentOutOfRangeException>(() => referral.Accept(ProviderStaff, Sent.AddDays(-1)));

        referral.Start(ProviderStaff, Sent.AddDays(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => referral.End(ServiceOutcome.Completed, "", Worker, Sent.AddDays(9)));
        Assert.Throws<InvalidOperationException>(() => referral.Accept(ProviderStaff, Sent.AddDays(11)));
    }
}
