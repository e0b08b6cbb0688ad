using System.Globalization;
using System.Net;
using Cims.Domain.Reference;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Cims.Web.Tests.ReferenceData.PageForms;

namespace Cims.Web.Tests.ReferenceData;

public abstract class ReferenceDataEditTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : CimsAppFactory
{
    private Task<FormClient> AdminAsync() => FormClient.SignedInAsync(app, AdminEmail);

    private Task<OptionItem> OptionAsync(string list, string code) =>
        app.WithDbAsync(db => db.OptionItems.AsNoTracking().SingleAsync(o => o.List == list && o.Code == code));

    [Fact]
    public async Task Edit_NameAndValidity_ListShowsItAndAuditRecorded()
    {
        var item = await OptionAsync(OptionLists.ConsultationTaken, "LEGAL");
        var client = await AdminAsync();

        var response = await client.SubmitAsync($"/ReferenceData/ConsultationTaken/{item.Id}/Edit", f =>
        {
            f["Name"] = "Legal adviser or lawyer";
            f["ValidFrom"] = "1/7/2018";
            f["ValidTo"] = "30/06/2020";
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Saved", page.QuerySelector(".alert-success")!.TextContent);
        Assert.Contains(Rows(page), r => r[0] == "Legal adviser or lawyer" && r[3] == "Retired on 30/06/2020");
        var audit = Assert.Single(await AuditAsync(app, "reference.updated", item.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Contains("Name: Legal adviser → Legal adviser or lawyer", audit.Details);
        Assert.Contains("Valid from: (none) → 01/07/2018", audit.Details);
        Assert.Equal(AdminEmail, audit.UserName);
    }

    [Fact]
    public async Task Edit_FutureValidFrom_ShownAsFrom()
    {
        var item = await OptionAsync(OptionLists.InformationDisclosed, "PHOTO");
        var client = await AdminAsync();

        await client.SubmitAsync($"/ReferenceData/InformationDisclosed/{item.Id}/Edit", f => f["ValidFrom"] = "01/01/2099");

        var rows = Rows(await client.GetPageAsync("/ReferenceData/InformationDisclosed"));
        Assert.Contains(rows, r => r[1] == "PHOTO" && r[3] == "From 01/01/2099");
    }

    [Fact]
    public async Task Edit_IncidentTypeFlags_Saved()
    {
        var id = await app.WithDbAsync(db => db.IncidentTypes.Where(t => t.Name == "Self-harm").Select(t => t.Id).SingleAsync());

        var response = await (await AdminAsync()).SubmitAsync($"/ReferenceData/incident-types/{id}/Edit", f =>
        {
            f["IsConfirmed"] = "true";
            f["IsAbuseType"] = "true";
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var type = await app.WithDbAsync(db => db.IncidentTypes.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.True(type.IsConfirmed);
        Assert.True(type.IsAbuseType);
        Assert.True(type.RequiresReviewWhenMajor);
    }

    [Fact]
    public async Task Edit_ValidToBeforeValidFrom_MessageBesideFieldAndTypedValuesKept()
    {
        var item = await OptionAsync(OptionLists.DateAccuracy, "ESTIMATE");

        var response = await (await AdminAsync()).SubmitAsync($"/ReferenceData/DateAccuracy/{item.Id}/Edit", f =>
        {
            f["Name"] = "Estimated";
            f["ValidFrom"] = "01/07/2026";
            f["ValidTo"] = "30/06/2026";
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal("The valid-to date must be the same as or after the valid-from date.", ErrorFor(page, "ValidTo"));
        Assert.Equal("Estimated", page.QuerySelector("#Name")!.GetAttribute("value"));
        Assert.Equal("30/06/2026", page.QuerySelector("#ValidTo")!.GetAttribute("value"));
        Assert.Equal("Estimate", (await OptionAsync(OptionLists.DateAccuracy, "ESTIMATE")).Name);
    }

    [Fact]
    public async Task Edit_BadDateAndSortOrder_MessagesNot500()
    {
        var item = await OptionAsync(OptionLists.DateAccuracy, "EXACT");

        var response = await (await AdminAsync()).SubmitAsync($"/ReferenceData/DateAccuracy/{item.Id}/Edit", f =>
        {
            f["SortOrder"] = "first";
            f["ValidFrom"] = "31/02/2026";
            f["Name"] = "";
        });

        var page = await FormClient.ParseAsync(response);
        Assert.Equal("Enter the valid-from date as DD/MM/YYYY, for example 01/07/2026.", ErrorFor(page, "ValidFrom"));
        Assert.Equal("Enter the sort order as a whole number from 0 to 9999.", ErrorFor(page, "SortOrder"));
        Assert.Equal("Enter a name.", ErrorFor(page, "Name"));
    }

    [Fact]
    public async Task Edit_DuplicateNameInSameProgram_Message()
    {
        var id = await app.WithDbAsync(db => db.ServiceTypes.Where(s => s.Name == "Secure welfare").Select(s => s.Id).SingleAsync());

        var response = await (await AdminAsync()).SubmitAsync($"/ReferenceData/service-types/{id}/Edit", f => f["Name"] = "out-of-home care");

        var page = await FormClient.ParseAsync(response);
        Assert.Equal("There is already a value with this name in this program. Enter a different name.", ErrorFor(page, "Name"));
    }

    [Fact]
    public async Task Edit_StaleVersion_MessageTypedValuesKeptAndSecondSaveWorks()
    {
        var id = await app.WithDbAsync(db => db.IncidentCategories.Where(c => c.Name == "Care").Select(c => c.Id).SingleAsync());
        var client = await AdminAsync();
        var url = $"/ReferenceData/incident-categories/{id}/Edit";

        var response = await client.SubmitAsync(url, f => (f["Name"], f["Version"]) = ("Care typed", Guid.NewGuid().ToString()));

        var page = await FormClient.ParseAsync(response);
        Assert.Contains("Someone else changed this value", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Care typed", page.QuerySelector("#Name")!.GetAttribute("value"));
        var fields = Fields(page);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostWithTokenAsync(url, FormClient.Token(page), fields)).StatusCode);
        Assert.Equal("Care typed", await app.WithDbAsync(db => db.IncidentCategories.Where(c => c.Id == id).Select(c => c.Name).SingleAsync()));
    }

    [Fact]
    public async Task Add_OptionItemWithDuplicateCode_Message()
    {
        var response = await (await AdminAsync()).SubmitAsync("/ReferenceData/Sex/Add", f => (f["Code"], f["Name"]) = ("9", "Prefer not to say"));

        var page = await FormClient.ParseAsync(response);
        Assert.Equal("Another value in this list already uses this code. Enter a different code.", ErrorFor(page, "Code"));
        Assert.Equal("Prefer not to say", page.QuerySelector("#Name")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Add_OptionItem_ListedWithAudit()
    {
        var client = await AdminAsync();

        var response = await client.SubmitAsync("/ReferenceData/RelationshipToDepartment/Add", f => (f["Code"], f["Name"]) = ("GUARDIAN", "Guardian"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var rows = Rows(await client.GetPageAsync("/ReferenceData/RelationshipToDepartment"));
        Assert.Contains(rows, r => r[0] == "Guardian" && r[1] == "GUARDIAN" && r[3] == "Current");
        var item = await OptionAsync(OptionLists.RelationshipToDepartment, "GUARDIAN");
        var audit = Assert.Single(await AuditAsync(app, "reference.created", item.Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Contains("Name: Guardian", audit.Details);
    }

    [Fact]
    public async Task Add_IncidentTypeWithoutCategory_AsksForCategoryThenAdds()
    {
        var client = await AdminAsync();
        var missing = await client.SubmitAsync("/ReferenceData/incident-types/Add", f => f["Name"] = "Property damage");
        Assert.Equal("Choose a category.", ErrorFor(await FormClient.ParseAsync(missing), "ParentId"));

        var categoryId = await app.WithDbAsync(db => db.IncidentCategories.Where(c => c.Name == "Other").Select(c => c.Id).SingleAsync());
        var response = await client.SubmitAsync("/ReferenceData/incident-types/Add", f =>
            (f["Name"], f["ParentId"], f["IsConfirmed"]) = ("Property damage", categoryId.ToString(CultureInfo.InvariantCulture), "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var type = await app.WithDbAsync(db => db.IncidentTypes.AsNoTracking().SingleAsync(t => t.Name == "Property damage"));
        Assert.Equal(categoryId, type.CategoryId);
        Assert.True(type.IsConfirmed);
    }
}

public sealed class SqliteReferenceDataEditTests(SqliteApp app) : ReferenceDataEditTests<SqliteApp>(app);

public sealed class PostgresReferenceDataEditTests(PostgresApp app) : ReferenceDataEditTests<PostgresApp>(app);
