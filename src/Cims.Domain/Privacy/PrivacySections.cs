using Cims.Domain.Incidents;

namespace Cims.Domain.Privacy;

/// <summary>
/// Stage 1, Service: the organisation delivering the service when the incident happened, where, and
/// through which area, program and service type.
/// </summary>
public sealed record PrivacyService(int OrganisationId, Address ServiceAddress, bool ManualAddress, int AreaId, int ProgramId, int ServiceTypeId)
{
    private PrivacyService()
        : this(0, null!, false, 0, 0, 0)
    {
    }
}

/// <summary>Stage 2, Reporting officer: who reports (never anonymous) and their line manager, the incident manager.</summary>
public sealed record PrivacyOfficer(
    string Surname, string GivenName, string JobTitle, string Telephone, string Email, string LineManagerName);
