namespace Polku.Domain.Documents;

/// <summary>The kinds of client documents Polku produces, as the records plan and the Kanta archive classify them.</summary>
public enum DocumentType
{
    ServiceNeedAssessment,
    ClientPlan,
    Decision,
}

/// <summary>
/// Social welfare client documents are secret by law (Act on the Openness of Government Activities 621/1999,
/// § 24(1)(25)); the value exists so the metadata says so explicitly, as the archive requires.
/// </summary>
public enum Publicity
{
    Secret,
}

/// <summary>
/// What every client document carries for records management and the social welfare archive of Kanta: the service task,
/// the document type, the organisation's records-plan process class (TOS / SÄHKE2), publicity and retention
/// (National Archives, under Act 703/2023: working-age services 10 years after the matter closed).
/// </summary>
public sealed record ArchiveMetadata(
    string ServiceTaskCode, Common.LocalizedName ServiceTask, DocumentType DocumentType, string? ProcessClass, Publicity Publicity, int RetentionYears)
{
    /// <summary>The metadata of a document of <paramref name="type"/> about a client of the service task.</summary>
    public static ArchiveMetadata For(
        DocumentType type, string serviceTaskCode, Common.LocalizedName serviceTask, int retentionYears, IReadOnlyDictionary<string, string> processClasses) =>
        new(serviceTaskCode, serviceTask, type, processClasses.TryGetValue(type.ToString(), out var code) && code.Length > 0 ? code : null, Publicity.Secret, retentionYears);
}
