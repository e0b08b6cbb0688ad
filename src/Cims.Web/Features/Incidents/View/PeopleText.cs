using Cims.Domain.Incidents;

namespace Cims.Web.Features.Incidents.View;

/// <summary>Plain words for the roles of people involved.</summary>
public static class PeopleText
{
    public static string Role(OtherPerson person) => person.Role switch
    {
        OtherPersonRole.SubjectOfAllegation => person.AllegationRole switch
        {
            SubjectOfAllegationRole.Staff => "Subject of allegation (staff member)",
            SubjectOfAllegationRole.Carer => "Subject of allegation (carer)",
            SubjectOfAllegationRole.Client => "Subject of allegation (client)",
            SubjectOfAllegationRole.Other => "Subject of allegation (other)",
            _ => "Subject of allegation (unknown)",
        },
        OtherPersonRole.Witness => "Witness",
        _ => "Other person involved",
    };

    public static string Kind(AddendumKind kind) => kind switch
    {
        AddendumKind.DelegateAmendment => "Amendment by the authorised delegate",
        AddendumKind.Revision => "Revision from the provider's system",
        _ => "Correction",
    };
}
