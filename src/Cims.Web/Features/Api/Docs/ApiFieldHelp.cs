using System.Text.Json;
using Cims.Web.Features.Incidents.Report.People;
using Cims.Web.Features.Incidents.Report.Steps;
using Cims.Web.Features.Shared.Help;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Cims.Web.Features.Api.Docs;

/// <summary>
/// The API's request fields that are the report form's own fields, each with the help catalogue's key: the OpenAPI
/// document describes each with the same text the form shows under "What is this?". The one map of API property to key.
/// </summary>
public sealed class ApiFieldHelp(HelpCatalogue catalogue) : IOpenApiDocumentTransformer
{
    public static readonly IReadOnlyDictionary<(Type Form, string Property), string> Keys = Map(
        (typeof(ServiceForm), "incident.area", [nameof(ServiceForm.AreaId)]),
        (typeof(ServiceForm), "incident.program", [nameof(ServiceForm.ProgramId)]),
        (typeof(ServiceForm), "incident.serviceType", [nameof(ServiceForm.ServiceTypeId)]),
        (typeof(ServiceForm), "incident.serviceAddress", [nameof(ServiceForm.Street), nameof(ServiceForm.Suburb), nameof(ServiceForm.State), nameof(ServiceForm.Postcode)]),
        (typeof(ServiceForm), "incident.manualAddress", [nameof(ServiceForm.ManualAddress)]),
        (typeof(OfficerForm), "officer.surname", [nameof(OfficerForm.Surname)]),
        (typeof(OfficerForm), "officer.givenName", [nameof(OfficerForm.GivenName)]),
        (typeof(OfficerForm), "officer.jobTitle", [nameof(OfficerForm.JobTitle)]),
        (typeof(OfficerForm), "officer.telephone", [nameof(OfficerForm.Telephone)]),
        (typeof(OfficerForm), "officer.email", [nameof(OfficerForm.Email)]),
        (typeof(OfficerForm), "incident.lineManager", [nameof(OfficerForm.LineManagerName)]),
        (typeof(DatesForm), "incident.occurredDate", [nameof(DatesForm.OccurredDay), nameof(DatesForm.OccurredMonth), nameof(DatesForm.OccurredYear)]),
        (typeof(DatesForm), "dates.dateAccuracy", [nameof(DatesForm.DateAccuracy)]),
        (typeof(DatesForm), "incident.occurredTime", [nameof(DatesForm.OccurredTime)]),
        (typeof(DatesForm), "dates.timeAccuracy", [nameof(DatesForm.TimeAccuracy)]),
        (typeof(DatesForm), "incident.awareDate", [nameof(DatesForm.AwareDay), nameof(DatesForm.AwareMonth), nameof(DatesForm.AwareYear)]),
        (typeof(DatesForm), "incident.awareTime", [nameof(DatesForm.AwareTime)]),
        (typeof(DescriptionForm), "incident.location", [nameof(DescriptionForm.Location)]),
        (typeof(DescriptionForm), "incident.description", [nameof(DescriptionForm.Description)]),
        (typeof(DescriptionForm), "incident.impact", [nameof(DescriptionForm.Impact)]),
        (typeof(DescriptionForm), "incident.primaryType", [nameof(DescriptionForm.PrimaryTypeId)]),
        (typeof(DescriptionForm), "incident.secondaryType", [nameof(DescriptionForm.SecondaryTypeId)]),
        (typeof(ActionsForm), "incident.actionsTaken", [nameof(ActionsForm.Taken)]),
        (typeof(ActionsForm), "incident.policeDate", [nameof(ActionsForm.PoliceDay), nameof(ActionsForm.PoliceMonth), nameof(ActionsForm.PoliceYear)]),
        (typeof(ActionsForm), "incident.policeTime", [nameof(ActionsForm.PoliceTime)]),
        (typeof(ActionsForm), "incident.policeReference", [nameof(ActionsForm.PoliceReference)]),
        (typeof(ActionsForm), "incident.otherDetails", [nameof(ActionsForm.OtherDetails)]),
        (typeof(ClientForm), "client.identifierType", [nameof(ClientForm.IdentifierType)]),
        (typeof(ClientForm), "client.identifier", [nameof(ClientForm.Identifier)]),
        (typeof(ClientForm), "client.surname", [nameof(ClientForm.Surname)]),
        (typeof(ClientForm), "client.givenName", [nameof(ClientForm.GivenName)]),
        (typeof(ClientForm), "client.birthDate", [nameof(ClientForm.BirthDay), nameof(ClientForm.BirthMonth), nameof(ClientForm.BirthYear)]),
        (typeof(ClientForm), "client.sex", [nameof(ClientForm.Sex)]),
        (typeof(ClientForm), "client.indigenousStatus", [nameof(ClientForm.IndigenousStatus)]),
        (typeof(ClientForm), "client.address", [nameof(ClientForm.Street), nameof(ClientForm.Suburb), nameof(ClientForm.State), nameof(ClientForm.Postcode)]),
        (typeof(ClientForm), "client.impact", [nameof(ClientForm.Impact)]),
        (typeof(ClientForm), "client.allegations", [nameof(ClientForm.Allegations)]),
        (typeof(OtherForm), "other.role", [nameof(OtherForm.Role)]),
        (typeof(OtherForm), "other.allegationRole", [nameof(OtherForm.AllegationRole)]),
        (typeof(OtherForm), "other.name", [nameof(OtherForm.Name)]),
        (typeof(OtherForm), "other.relationship", [nameof(OtherForm.RelationshipToClient)]),
        (typeof(OtherForm), "other.staffPosition", [nameof(OtherForm.StaffPosition)]));

    /// <summary>
    /// Each mapped property of a form's schema (components named as the form types) takes its catalogue text as
    /// description; on a property that refers to another schema (an enum) the description sits beside the reference.
    /// </summary>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var schemas = document.Components?.Schemas;
        if (schemas is null)
            return Task.CompletedTask;
        foreach (var ((form, property), key) in Keys)
        {
            if (schemas.TryGetValue(form.Name, out var schema) && schema.Properties?.TryGetValue(JsonNamingPolicy.CamelCase.ConvertName(property), out var target) == true)
                target.Description = catalogue[key].Text;
        }
        return Task.CompletedTask;
    }

    private static Dictionary<(Type, string), string> Map(params (Type Form, string Key, string[] Properties)[] fields) =>
        fields.SelectMany(f => f.Properties.Select(p => (f.Form, p, f.Key))).ToDictionary(f => (f.Form, f.p), f => f.Key);
}
