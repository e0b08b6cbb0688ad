using System.Net;
using Cims.Domain.Privacy;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.PrivacyReport;

/// <summary>Stage 5, Person(s) impacted: add, edit and delete persons (1 to 10), Next, versions, and persons of another draft.</summary>
public abstract class PeopleStageTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : PrivacyApp
{
    [Fact]
    public async Task Next_NoPersonSaved_SaysAddAtLeastOne()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);

        var response = await client.PostPageAsync(PeoplePages.List, [new("Nav", "next")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        const string message = "Add at least one person impacted by the incident.";
        Assert.Equal(message, page.QuerySelector("#People-error")?.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll(".error-summary li a"), a => a.TextContent.Trim() == message && a.GetAttribute("href") == "#People");
    }

    [Fact]
    public async Task Back_NoPersonSaved_ReturnsToDescription()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);

        var response = await client.PostPageAsync(PeoplePages.List, [new("Nav", "back")]);

        Assert.Equal("/PrivacyReport/Description", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Add_Client_SavesAndListsCollapsedRowThenNextGoesToContainment()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);

        var response = await client.PostPageAsync(PeoplePages.Add, PeoplePages.Client());

        Assert.Equal(PeoplePages.List, response.Headers.Location?.OriginalString);
        var row = (await client.GetPageAsync(PeoplePages.List)).QuerySelector("#People tbody tr")!;
        Assert.Equal(["Mai Nguyen", "Client", "CRIS C-12345"], row.QuerySelectorAll("td").Take(3).Select(td => td.TextContent.Trim()));
        var saved = (await PeoplePages.PeopleAsync(app, id)).Single();
        Assert.Equal((new DateOnly(1984, 3, 7), "HPP4", "5 Station Street", true), (saved.DateOfBirth!.Value, saved.Principles[1], saved.Address!.Street!, saved.ManualAddress));
        Assert.Equal("/PrivacyReport/Containment", (await client.PostPageAsync(PeoplePages.List, [new("Nav", "next")])).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Add_MemberOfThePublic_SavesWithoutIdentifierOrDateOfBirth()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);

        var response = await client.PostPageAsync(PeoplePages.Add, PeoplePages.MemberOfThePublic().With("Identifier", "ignored"));

        Assert.Equal(PeoplePages.List, response.Headers.Location?.OriginalString);
        var saved = (await PeoplePages.PeopleAsync(app, id)).Single();
        Assert.Equal((PrivacyPerson.NotApplicable, null, null), (saved.IdentifierType, saved.Identifier, saved.DateOfBirth));
        var row = (await client.GetPageAsync(PeoplePages.List)).QuerySelector("#People tbody tr")!;
        Assert.Equal(["Member of the Public", "Not Applicable"], row.QuerySelectorAll("td").Skip(1).Take(2).Select(td => td.TextContent.Trim()));
    }

    [Fact]
    public async Task Edit_ChangedValues_SavesOverTheSamePerson()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment, people: 2);
        var second = (await PeoplePages.PeopleAsync(app, id))[1];
        var form = await client.GetPageAsync(PeoplePages.Edit(second.Id));
        Assert.Equal(second.Surname, form.Value("Surname"));

        var response = await client.PostPageAsync(PeoplePages.Edit(second.Id), PeoplePages.Client().With("Surname", "Renamed"));

        Assert.Equal(PeoplePages.List, response.Headers.Location?.OriginalString);
        var people = await PeoplePages.PeopleAsync(app, id);
        Assert.Equal(("Person1", "Renamed", second.Id), (people[0].Surname, people[1].Surname, people[1].Id));
    }

    [Fact]
    public async Task Delete_Confirmed_RemovesOnlyThatPerson()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment, people: 2);
        var first = (await PeoplePages.PeopleAsync(app, id))[0];
        var confirm = await client.GetPageAsync(PeoplePages.Delete(first.Id));
        Assert.Contains(first.FullName, confirm.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await PeoplePages.PeopleAsync(app, id)).Count);

        var response = await client.PostPageAsync(PeoplePages.Delete(first.Id), []);

        Assert.Equal(PeoplePages.List, response.Headers.Location?.OriginalString);
        Assert.Equal(["Person2"], (await PeoplePages.PeopleAsync(app, id)).Select(p => p.Surname));
    }

    [Fact]
    public async Task Add_TenPersonsSaved_HidesButtonAndRefusesEleventh()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment, people: 10);
        var list = await client.GetPageAsync(PeoplePages.List);
        Assert.DoesNotContain(list.QuerySelectorAll("a"), a => a.TextContent.Trim() == "Add person to incident");
        Assert.NotNull(list.QuerySelector("#people-full"));
        Assert.Equal(PeoplePages.List, (await client.Http.GetAsync(PeoplePages.Add)).Headers.Location?.OriginalString);

        var response = await client.PostPageAsync(PeoplePages.List, PeoplePages.Client(), PeoplePages.Add);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Contains(PrivacyErrors.TooManyPeople.Message, page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nguyen", page.Value("Surname"));
        Assert.Equal(10, (await PeoplePages.PeopleAsync(app, id)).Count);
    }

    [Fact]
    public async Task EditOrDelete_PersonOfAnotherDraft_NotFoundAndUnchanged()
    {
        var (_, victimId) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        var victim = (await PeoplePages.PeopleAsync(app, victimId)).Single();
        var (stranger, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(PeoplePages.Edit(victim.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Http.GetAsync(PeoplePages.Delete(victim.Id))).StatusCode);
        var edit = await stranger.PostPageAsync(PeoplePages.Add, PeoplePages.Client().With("Surname", "Hijacked"), PeoplePages.Edit(victim.Id));
        var delete = await stranger.PostPageAsync(PeoplePages.List, [], PeoplePages.Delete(victim.Id));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (edit.StatusCode, delete.StatusCode));
        Assert.Equal(victim.Surname, (await PeoplePages.PeopleAsync(app, victimId)).Single().Surname);
    }

    [Fact]
    public async Task Add_ChangedInAnotherTab_SaysSoKeepsValuesAndSavesOnSecondTry()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);
        var stalePage = await client.GetPageAsync(PeoplePages.Add);
        await client.PostPageAsync(PeoplePages.Add, PeoplePages.MemberOfThePublic());

        var response = await client.PostWithTokenAsync(PeoplePages.Add, FormClient.Token(stalePage),
            [.. PeoplePages.Client(), new("Version", PrivacyClient.Version(stalePage))]);

        var page = await FormClient.ParseAsync(response);
        Assert.Contains("changed in another window", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nguyen", page.Value("Surname"));
        Assert.Single(await PeoplePages.PeopleAsync(app, id));
        var again = await client.PostWithTokenAsync(PeoplePages.Add, FormClient.Token(page), [.. PeoplePages.Client(), new("Version", PrivacyClient.Version(page))]);
        Assert.Equal(PeoplePages.List, again.Headers.Location?.OriginalString);
        Assert.Equal(2, (await PeoplePages.PeopleAsync(app, id)).Count);
    }

    [Fact]
    public async Task Next_ListChangedInAnotherTab_SaysSo()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        var list = await client.GetPageAsync(PeoplePages.List);
        await client.PostPageAsync(PeoplePages.Add, PeoplePages.Client());

        var response = await client.PostWithTokenAsync(PeoplePages.List, FormClient.Token(list), [new("Nav", "next"), new("Version", PrivacyClient.Version(list))]);

        var page = await FormClient.ParseAsync(response);
        Assert.Contains("changed in another window", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("#People tbody tr[data-person]").Length);
    }

    [Fact]
    public async Task Delete_ChangedInAnotherTab_SaysSoAndKeepsThePerson()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);
        var person = (await PeoplePages.PeopleAsync(app, id)).Single();
        var confirm = await client.GetPageAsync(PeoplePages.Delete(person.Id));
        await client.PostPageAsync(PeoplePages.Add, PeoplePages.Client());

        var response = await client.PostWithTokenAsync(PeoplePages.Delete(person.Id), FormClient.Token(confirm), [new("Version", PrivacyClient.Version(confirm))]);

        var page = await FormClient.ParseAsync(response);
        Assert.Contains("changed in another window", page.QuerySelector(".error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await PeoplePages.PeopleAsync(app, id)).Count);
    }

    [Fact]
    public async Task Edit_UnknownPerson_NotFound()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.Containment);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync(PeoplePages.Edit(int.MaxValue))).StatusCode);
    }

    [Fact]
    public async Task PersonForm_Cancel_ReturnsToTheListWithoutSaving()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);

        var form = await client.GetPageAsync(PeoplePages.Add);

        Assert.Contains(form.QuerySelectorAll("form a"), a => a.TextContent.Trim() == "Cancel" && a.GetAttribute("href") == PeoplePages.List);
        Assert.Equal("Not Applicable", form.QuerySelector("#IdentifierType option[value=NA]")?.TextContent);
    }

    [Fact]
    public async Task PersonForm_Labels_AreTheGuidesWithPrinciplesGroupedAndExplained()
    {
        var (client, _) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);

        var form = await client.GetPageAsync(PeoplePages.Add);

        string? Label(string id) => form.QuerySelector($"label[for={id}]")?.TextContent.Trim();
        Assert.Equal(
            ["Client unique identifier type", "Client unique identifier", "Surname (family name)", "Given name", "Sex", "Indigenous status",
             "No address match for the client", "Street number and name", "Suburb/Town", "State", "Postcode", "Relationship to department",
             "Have the immediate safety needs of each client been met"],
            new[] { "IdentifierType", "Identifier", "Surname", "GivenName", "Sex", "IndigenousStatus", "ManualAddress", "Street", "Suburb", "State", "Postcode", "Relationship", "SafetyNeedsMet" }.Select(Label));
        var legends = form.QuerySelectorAll("legend").Select(l => l.TextContent.Trim()).ToList();
        Assert.Equal(["Date of birth", "Address", "Relevant privacy principles", "Information Privacy Principles (IPP)", "Health Privacy Principles (HPP)"], legends);
        Assert.Equal(10, form.QuerySelectorAll("fieldset fieldset")[0].QuerySelectorAll("input[name=Principles]").Length);
        Assert.Equal(11, form.QuerySelectorAll("fieldset fieldset")[1].QuerySelectorAll("input[name=Principles]").Length);
        Assert.NotNull(form.QuerySelector("details a[href='/Info/PrivacyStatement']"));
        Assert.Contains("seek their consent", form.QuerySelector("#IndigenousStatus-note")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("not required for a departmental staff member or a member of the public", form.QuerySelector("#Birth-note")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpiredDraft_OpenPersonForm_SaysSo()
    {
        var (client, id) = await PrivacyReportBuilder.AtStageAsync(app, PrivacyStage.People);
        var past = DateTimeOffset.UtcNow.AddDays(-1);
        await app.WithDbAsync(db => db.PrivacyReports.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ExpiresAt, past)));

        var page = await FormClient.ParseAsync(await client.Http.GetAsync(PeoplePages.Add));

        Assert.Equal("Your draft has expired", page.QuerySelector("h1")?.TextContent.Trim());
        Assert.Equal("Your draft has expired – Report a privacy incident – CIMS", page.Title);
    }
}

public sealed class SqlitePeopleStageTests(SqlitePrivacyApp app) : PeopleStageTests<SqlitePrivacyApp>(app);

public sealed class PostgresPeopleStageTests(PostgresPrivacyApp app) : PeopleStageTests<PostgresPrivacyApp>(app);
