namespace Polku.Domain.Common;

/// <summary>
/// Configuration an administrator edits rarely — code lists, decision types, path templates, staff — that every page
/// shows. Pages may keep it in memory for a short while; saving a change to it tells them to read it again.
/// </summary>
public interface IReferenceData;
