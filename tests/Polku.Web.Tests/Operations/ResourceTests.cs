using System.Text.RegularExpressions;
using System.Xml.Linq;

using Polku.Web.Tests.Infrastructure;

namespace Polku.Web.Tests.Operations;

/// <summary>Every UI text exists in Finnish, Swedish and English, and every text the code asks for exists.</summary>
public sealed partial class ResourceTests
{
    private static readonly string Root = SourceTree.Root;

    [Fact]
    public void All_three_languages_have_the_same_keys()
    {
        var finnish = Keys("Strings.resx");
        Assert.Equal(finnish, Keys("Strings.sv.resx"));
        Assert.Equal(finnish, Keys("Strings.en.resx"));
    }

    [Fact]
    public void No_text_is_empty()
    {
        foreach (var file in new[] { "Strings.resx", "Strings.sv.resx", "Strings.en.resx" })
        {
            var empty = Values(file).Where(kv => string.IsNullOrWhiteSpace(kv.Value)).Select(kv => kv.Key);
            Assert.Empty(empty);
        }
    }

    [Fact]
    public void Every_key_the_code_uses_exists()
    {
        var keys = Keys("Strings.resx");
        var source = Directory.EnumerateFiles(Path.Combine(Root, "src", "Polku.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        var missing = source.SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(k => !k.EndsWith('.'))
            .Distinct()
            .Where(k => !keys.Contains(k))
            .ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("Role.", typeof(Polku.Domain.People.Role))]
    [InlineData("OrganisationKind.", typeof(Polku.Domain.Organisations.OrganisationKind))]
    [InlineData("ProductionMode.", typeof(Polku.Domain.Organisations.ProductionMode))]
    [InlineData("AuditOutcome.", typeof(Polku.Domain.Audit.AuditOutcome))]
    [InlineData("ReferralStatus.", typeof(Polku.Domain.Referrals.ReferralStatus))]
    [InlineData("AssessmentStatus.", typeof(Polku.Domain.Assessments.AssessmentStatus))]
    [InlineData("SupportNature.", typeof(Polku.Domain.Assessments.SupportNature))]
    [InlineData("EntryKind.", typeof(Polku.Domain.ClientRecord.EntryKind))]
    [InlineData("IdentityCode.", typeof(Polku.Domain.Clients.IdentityCodeError))]
    [InlineData("Clients.WorkerRefused.", typeof(Polku.Domain.Clients.ResponsibleWorkerRefusal))]
    [InlineData("AccessReason.", typeof(Polku.Domain.Access.AccessReason))]
    [InlineData("AccessPolicy.", typeof(Polku.Domain.Access.AccessPolicy))]
    [InlineData("ClientScope.", typeof(Polku.Web.Features.Clients.ClientScope))]
    [InlineData("PlanStatus.", typeof(Polku.Domain.Plans.PlanStatus))]
    [InlineData("PlanVersionStatus.", typeof(Polku.Domain.Plans.PlanVersionStatus))]
    [InlineData("SupportLevel.", typeof(Polku.Domain.Plans.SupportLevel))]
    [InlineData("SupportLevel.", typeof(Polku.Domain.Services.SupportLevel))]
    [InlineData("ClientAgreement.", typeof(Polku.Domain.Plans.ClientAgreement))]
    [InlineData("ReviewOutcome.", typeof(Polku.Domain.Plans.ReviewOutcome))]
    [InlineData("ReviewParticipant.", typeof(Polku.Domain.Plans.ReviewParticipant))]
    [InlineData("ServiceEffect.", typeof(Polku.Domain.Plans.ServiceEffect))]
    [InlineData("FactorChange.", typeof(Polku.Domain.Plans.FactorChange))]
    [InlineData("PlanProblem.", typeof(Polku.Domain.Plans.PlanProblemKind))]
    [InlineData("DocumentType.", typeof(Polku.Domain.Documents.DocumentType))]
    [InlineData("Publicity.", typeof(Polku.Domain.Documents.Publicity))]
    [InlineData("Rater.", typeof(Polku.Domain.Instruments.Rater))]
    [InlineData("MeasurementStage.", typeof(Polku.Domain.Instruments.MeasurementStage))]
    [InlineData("Instruments.Problem.", typeof(Polku.Domain.Instruments.DefinitionProblemKind))]
    [InlineData("DecisionStatus.", typeof(Polku.Domain.Decisions.DecisionStatus))]
    [InlineData("DecisionStep.", typeof(Polku.Domain.Decisions.DecisionStep))]
    [InlineData("DecisionRefusal.", typeof(Polku.Domain.Decisions.StepRefusal))]
    [InlineData("DecisionProblem.", typeof(Polku.Domain.Decisions.DecisionProblemKind))]
    [InlineData("DispatchStatus.", typeof(Polku.Domain.Decisions.DispatchStatus))]
    [InlineData("CommitmentProblem.", typeof(Polku.Domain.Services.CommitmentProblemKind))]
    [InlineData("RectificationOutcome.", typeof(Polku.Domain.Decisions.RectificationOutcome))]
    [InlineData("WaitingReason.", typeof(Polku.Web.Features.Decisions.WaitingReason))]
    [InlineData("DecisionOutcome.", typeof(Polku.Domain.Decisions.DecisionOutcome))]
    [InlineData("DeliveryMethod.", typeof(Polku.Domain.Decisions.DeliveryMethod))]
    [InlineData("ProviderReferralStatus.", typeof(Polku.Domain.Services.ProviderReferralStatus))]
    [InlineData("ProviderReferralEvent.", typeof(Polku.Domain.Services.ProviderReferralStatus))]
    [InlineData("ServiceOutcome.", typeof(Polku.Domain.Services.ServiceOutcome))]
    [InlineData("DisclosureBasis.", typeof(Polku.Domain.Services.DisclosureBasis))]
    [InlineData("ProducerType.", typeof(Polku.Domain.Services.ProducerType))]
    [InlineData("PathStepState.", typeof(Polku.Web.Features.Paths.PathStepState))]
    [InlineData("ServiceType.", typeof(Polku.Domain.Services.ServiceType))]
    [InlineData("QueueStatus.", typeof(Polku.Domain.Services.QueueStatus))]
    [InlineData("CommitmentUnit.", typeof(Polku.Domain.Services.CommitmentUnit))]
    [InlineData("ServiceProblem.", typeof(Polku.Domain.Services.ServiceProblemKind))]
    public void Every_enum_value_shown_to_users_has_a_name(string prefix, Type type)
    {
        var keys = Keys("Strings.resx");
        Assert.All(Enum.GetNames(type), name => Assert.Contains(prefix + name, keys));
    }

    [Fact]
    public void Every_action_has_a_name_for_the_audit_trail()
    {
        var keys = Keys("Strings.resx");
        Assert.All(Polku.Domain.Access.Actions.All, action => Assert.Contains("Action." + action, keys));
    }

    private static SortedSet<string> Keys(string file) => new(Values(file).Keys, StringComparer.Ordinal);

    private static Dictionary<string, string> Values(string file) =>
        XDocument.Load(Path.Combine(Root, "src", "Polku.Web", "Resources", file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    [Fact]
    public void Every_kind_on_the_timeline_has_a_name_for_its_filter()
    {
        var keys = Keys("Strings.resx");
        var kinds = Directory.EnumerateFiles(Path.Combine(Root, "src", "Polku.Web", "Features"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => TimelineKind().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();
        Assert.Contains("PlanReviewed", kinds);
        Assert.All(kinds, kind => Assert.Contains("TimelineKind." + kind, keys));
    }

    [GeneratedRegex("new TimelineItem\\(\\s*\"([A-Za-z]+)\"")]
    private static partial Regex TimelineKind();

    /// <summary>L["Key"], l["Key", …] and validation.Add("field", "Key", …).</summary>
    [GeneratedRegex("""(?:[lL]\[|\.Add\("[A-Za-z]+", )"([A-Za-z.]+)"[\],)]""")]
    private static partial Regex UsedKey();
}
