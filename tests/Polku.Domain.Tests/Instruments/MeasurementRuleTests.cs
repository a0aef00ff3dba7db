using Polku.Domain.Common;
using Polku.Domain.Instruments;

namespace Polku.Domain.Tests.Instruments;

public sealed class MeasurementRuleTests
{
    private static readonly Instrument Wheel = Instrument.Create(Instrument.National, "wheel", 1, new InstrumentContent(
        new LocalizedName("Kehä", "Cirkel", "Wheel"), false, null, [Rater.Client, Rater.Worker],
        [
            new InstrumentDomain("housing", new LocalizedName("Asuminen", "Boende", "Housing"), 1, 10, []),
            new InstrumentDomain("health", new LocalizedName("Terveys", "Hälsa", "Health"), 1, 10, []),
        ]), DateTimeOffset.UnixEpoch);

    private static readonly Instrument Star = Instrument.Create(Instrument.National, "star", 1, new InstrumentContent(
        new LocalizedName("Tähti", "Stjärna", "Star"), true, "https://example.org/", [Rater.Client], []), DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_score_for_every_domain_within_its_scale_by_an_allowed_rater_is_sound() =>
        Assert.Empty(MeasurementRule.Check(Wheel, Rater.Worker, Scores(("housing", 1), ("health", 10)), null));

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-3)]
    public void A_score_outside_the_scale_is_named_with_its_domain(int score)
    {
        var problem = Assert.Single(MeasurementRule.Check(Wheel, Rater.Client, Scores(("housing", score), ("health", 5)), null));
        Assert.Equal(MeasurementProblemKind.OutsideScale, problem.Kind);
        Assert.Equal("scores.housing", problem.Field);
        Assert.Equal("housing", problem.Domain!.Code);
    }

    [Fact]
    public void A_missing_or_empty_score_and_an_unknown_domain_are_each_a_problem_of_their_own()
    {
        var scores = new Dictionary<string, int?> { ["housing"] = null, ["wellbeing"] = 4 };
        var problems = MeasurementRule.Check(Wheel, Rater.Client, scores, null);
        Assert.Equal(
            [(MeasurementProblemKind.UnknownDomain, "scores.wellbeing"), (MeasurementProblemKind.MissingDomain, "scores.housing"), (MeasurementProblemKind.MissingDomain, "scores.health")],
            problems.Select(p => (p.Kind, p.Field)));
    }

    [Fact]
    public void A_rater_the_instrument_does_not_allow_is_refused()
    {
        var problem = Assert.Single(MeasurementRule.Check(Wheel, Rater.Provider, Scores(("housing", 5), ("health", 5)), null));
        Assert.Equal((MeasurementProblemKind.RaterNotAllowed, "rater"), (problem.Kind, problem.Field));
    }

    [Fact]
    public void An_external_instrument_takes_an_overall_result_and_no_scores()
    {
        Assert.Empty(MeasurementRule.Check(Star, Rater.Client, Scores(), "Toimintakyky kohtalainen"));
        Assert.Equal(
            [MeasurementProblemKind.ResultRequired, MeasurementProblemKind.UnknownDomain],
            MeasurementRule.Check(Star, Rater.Client, Scores(("question-1", 3)), " ").Select(p => p.Kind));
    }

    private static Dictionary<string, int?> Scores(params (string Domain, int Value)[] scores) =>
        scores.ToDictionary(s => s.Domain, s => (int?)s.Value);
}

public sealed class DefinitionRuleTests
{
    private static readonly LocalizedName Name = new("Nimi", "Namn", "Name");

    [Fact]
    public void A_sound_open_and_a_sound_external_definition_pass()
    {
        Assert.Empty(DefinitionRule.Check(new InstrumentContent(Name, false, null, [Rater.Client],
            [new InstrumentDomain("a", Name, 1, 5, [new ScaleStep(1, Name), new ScaleStep(5, Name)])])));
        Assert.Empty(DefinitionRule.Check(new InstrumentContent(Name, true, "https://example.org/", [Rater.Worker], [])));
    }

    [Fact]
    public void Each_structural_fault_names_its_field()
    {
        var problems = DefinitionRule.Check(new InstrumentContent(Name, false, "ftp://example.org", [],
        [
            new InstrumentDomain("Bad Code", Name, 1, 5, []),
            new InstrumentDomain("same", Name, 5, 5, []),
            new InstrumentDomain("same", Name, 1, 5, [new ScaleStep(6, Name)]),
            new InstrumentDomain("wide", Name, 0, 100, []),
        ]));
        Assert.Equal(
        [
            (DefinitionProblemKind.RatersRequired, "raters"),
            (DefinitionProblemKind.LinkInvalid, "link"),
            (DefinitionProblemKind.CodeFormat, "domains[0].code"),
            (DefinitionProblemKind.ScaleInvalid, "domains[1].max"),
            (DefinitionProblemKind.DuplicateCode, "domains[2].code"),
            (DefinitionProblemKind.LabelOutsideScale, "domains[2].labels"),
            (DefinitionProblemKind.ScaleInvalid, "domains[3].max"),
        ], problems.Select(p => (p.Kind, p.Field)));
    }

    [Fact]
    public void An_external_instrument_needs_a_link_and_holds_no_questions()
    {
        var problems = DefinitionRule.Check(new InstrumentContent(Name, true, null, [Rater.Client], [new InstrumentDomain("q", Name, 1, 5, [])]));
        Assert.Equal([DefinitionProblemKind.LinkRequired, DefinitionProblemKind.ExternalHasDomains], problems.Select(p => p.Kind));
        Assert.Equal([DefinitionProblemKind.DomainsRequired], DefinitionRule.Check(new InstrumentContent(Name, false, null, [Rater.Client], [])).Select(p => p.Kind));
    }
}

public sealed class InstrumentVersioningTests
{
    private static readonly Guid Vaasa = Guid.CreateVersion7();

    [Fact]
    public void An_unused_own_version_is_edited_in_place_and_a_used_or_national_one_becomes_a_new_version()
    {
        var content = new InstrumentContent(new LocalizedName("N", "N", "N"), true, "https://example.org/", [Rater.Client], []);
        var own = Instrument.Create(Vaasa, "k", 1, content, DateTimeOffset.UnixEpoch);
        var national = Instrument.Create(Instrument.National, "k", 1, content, DateTimeOffset.UnixEpoch);
        Assert.Equal(EditKind.InPlace, InstrumentVersioning.Decide(own, Vaasa, hasMeasurements: false));
        Assert.Equal(EditKind.NewVersion, InstrumentVersioning.Decide(own, Vaasa, hasMeasurements: true));
        Assert.Equal(EditKind.NewVersion, InstrumentVersioning.Decide(national, Vaasa, hasMeasurements: false));
    }
}

public sealed class ChangeRuleTests
{
    [Fact]
    public void Change_is_read_from_the_same_raters_initial_measurement()
    {
        var day = new DateOnly(2026, 1, 5);
        var series = new List<ScoredMeasurement>
        {
            M(Rater.Worker, MeasurementStage.FollowUp, day, 2),
            M(Rater.Client, MeasurementStage.Initial, day.AddDays(1), 3),
            M(Rater.Worker, MeasurementStage.Initial, day.AddDays(2), 4),
            M(Rater.Client, MeasurementStage.FollowUp, day.AddDays(30), 7),
            M(Rater.Worker, MeasurementStage.Final, day.AddDays(60), 5),
        };
        Assert.Equal(series[1], ChangeRule.BaselineFor(series, Rater.Client));
        Assert.Equal(series[2], ChangeRule.BaselineFor(series, Rater.Worker));
        Assert.Equal(4, ChangeRule.Change(series[1], series[3])["housing"]);
        Assert.Equal(1, ChangeRule.Change(series[2], series[4])["housing"]);
        Assert.Empty(ChangeRule.Change(series[1], series[1]));
        Assert.Null(ChangeRule.BaselineFor(series, Rater.Provider));
    }

    [Fact]
    public void Without_an_initial_stage_the_raters_first_measurement_is_the_baseline()
    {
        var series = new List<ScoredMeasurement> { M(Rater.Client, MeasurementStage.FollowUp, new DateOnly(2026, 1, 1), 2), M(Rater.Client, MeasurementStage.Final, new DateOnly(2026, 6, 1), 1) };
        Assert.Equal(-1, ChangeRule.Change(ChangeRule.BaselineFor(series, Rater.Client)!, series[1])["housing"]);
    }

    private static ScoredMeasurement M(Rater rater, MeasurementStage stage, DateOnly on, int housing) =>
        new(Guid.CreateVersion7(), rater, stage, on, new Dictionary<string, int> { ["housing"] = housing });
}
