using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Cims.Browser.Tests.Journeys;

/// <summary>A client to add on the "Clients involved" step.</summary>
public sealed record JourneyClient(string GivenName, string Surname, string Identifier, string BirthDate, bool Major, string Allegations);

/// <summary>
/// Fills the client incident report form as a reporter would: by labels, roles and buttons, one step after another,
/// checking each distinct page with axe-core.
/// </summary>
public sealed partial class ReportFormDriver(IPage page, AxeOnce axe)
{
    /// <summary>Carries on with report <paramref name="id"/>, already open.</summary>
    public ReportFormDriver(IPage page, AxeOnce axe, int id)
        : this(page, axe) => Id = id;

    public int Id { get; private set; }

    /// <summary>How long the last Next on "Incident description" took, click to the next step loaded.</summary>
    public TimeSpan DescriptionPost { get; private set; }

    public async Task StartAsync()
    {
        await page.GotoAsync("/Incidents/Report/Start");
        await axe.CheckAsync(page, "report/start");
        await page.GetByLabel("Yes", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(StepUrl());
        Id = int.Parse(StepUrl().Match(page.Url).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>The first area and service type offered, in <paramref name="program"/> (or the first program offered).</summary>
    public async Task ServiceAsync(string? program = "Disability services")
    {
        await axe.CheckAsync(page, "report/service");
        await page.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Program").SelectOptionAsync(program is null ? new SelectOptionValue { Index = 1 } : new SelectOptionValue { Label = program });
        await page.GetByLabel("Service type").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Street address").FillAsync("12 Wyndham Street");
        await page.GetByLabel("Suburb or town").FillAsync("Shepparton");
        await page.GetByLabel("Postcode").FillAsync("3630");
        await NextAsync("Officer");
    }

    public async Task OfficerAsync()
    {
        await axe.CheckAsync(page, "report/officer");
        await page.GetByLabel("Surname").FillAsync("Nguyen");
        await page.GetByLabel("Given name").FillAsync("Robin");
        await page.GetByLabel("Job title").FillAsync("Support worker");
        await page.GetByLabel("Telephone").FillAsync("0355501234");
        await page.GetByLabel("E-mail address").FillAsync("reporter@agency-one.example");
        await page.GetByLabel("Line manager's name").FillAsync("Morgan Manager");
        await NextAsync("Dates");
    }

    /// <summary>Incident at 08:30 and service aware at <paramref name="awareTime"/>, both on <paramref name="day"/> (Tuesday 5 March 2019 unless given).</summary>
    public async Task DatesAsync(string awareTime, DateOnly? day = null)
    {
        var on = day ?? new DateOnly(2019, 3, 5);
        var (d, m, y) = (on.Day.ToString("D2", CultureInfo.InvariantCulture), on.Month.ToString("D2", CultureInfo.InvariantCulture), on.Year.ToString(CultureInfo.InvariantCulture));
        await axe.CheckAsync(page, "report/dates");
        await DateAsync("Occurred", d, m, y);
        await page.Locator("#DateAccuracy").CheckAsync();
        await page.GetByLabel("Time of incident").SelectOptionAsync("08:30");
        await page.Locator("#TimeAccuracy").CheckAsync();
        await DateAsync("Aware", d, m, y);
        await page.GetByLabel("Time the service became aware").FillAsync(awareTime);
        await NextAsync("Description");
    }

    public async Task DescriptionAsync(bool major, string location, string description)
    {
        await axe.CheckAsync(page, "report/description");
        await page.GetByLabel("Location of the incident").FillAsync(location);
        await page.GetByLabel("Description of the incident").FillAsync(description);
        await page.GetByLabel(major ? "Major impact" : "Non-major impact", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Primary incident type").SelectOptionAsync(new SelectOptionValue { Label = "Physical abuse" });
        var watch = Stopwatch.StartNew();
        await NextAsync("Clients");
        DescriptionPost = watch.Elapsed;
    }

    public async Task AddClientAsync(JourneyClient client)
    {
        await axe.CheckAsync(page, "report/clients");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a client" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Clients/Add$"));
        await axe.CheckAsync(page, "report/client");
        await page.GetByLabel("Identifier type", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "CRIS" });
        await page.GetByLabel("Identifier", new() { Exact = true }).FillAsync(client.Identifier);
        await page.GetByLabel("Surname").FillAsync(client.Surname);
        await page.GetByLabel("Given name").FillAsync(client.GivenName);
        var dob = client.BirthDate.Split('/');
        await DateAsync("Birth", dob[0], dob[1], dob[2]);
        await page.GetByLabel("Sex", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Female" });
        await page.GetByLabel("Indigenous status").SelectOptionAsync(new SelectOptionValue { Label = "Neither Aboriginal nor Torres Strait Islander origin" });
        await page.GetByLabel(client.Major ? "Major impact" : "Non-major impact", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Allegations or injuries").FillAsync(client.Allegations);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save client" }).ClickAsync();
        await ArriveAsync(new Regex(@"/Clients$"));
        await Expect(page.Locator("#Clients")).ToContainTextAsync($"{client.GivenName} {client.Surname}");
    }

    public Task ClientsDoneAsync() => NextAsync("Others");

    public async Task AddStaffSubjectAsync(string name, string position)
    {
        await axe.CheckAsync(page, "report/others");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a person" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/Others/Add$"));
        await axe.CheckAsync(page, "report/other");
        await page.GetByLabel("Subject of allegation", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Staff (including volunteers)").CheckAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Staff position").FillAsync(position);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save person" }).ClickAsync();
        await ArriveAsync(new Regex(@"/Others$"));
        await Expect(page.GetByRole(AriaRole.Table)).ToContainTextAsync(name);
    }

    public Task OthersDoneAsync() => NextAsync("Actions");

    /// <summary>Ticks client safety and, when <paramref name="policeReference"/> is given, the police notification with it.</summary>
    public async Task ActionsAsync(string? policeReference)
    {
        await axe.CheckAsync(page, "report/actions");
        await page.GetByLabel("Client safety, health and wellbeing secured").CheckAsync();
        if (policeReference is not null)
        {
            await page.GetByLabel("Victoria Police or other emergency services notified").CheckAsync();
            await DateAsync("Police", "05", "03", "2019");
            await page.GetByLabel("Time police were notified").FillAsync("09:45");
            await page.GetByLabel("Police reference number").FillAsync(policeReference);
        }

        await NextAsync("Attachments");
        await axe.CheckAsync(page, "report/attachments");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Next", Exact = true }).ClickAsync();
        await ArriveAsync(new Regex($@"/Incidents/Report/{Id}/Declaration$"));
    }

    /// <summary>Ticks the declaration and submits; returns how long the submit took, click to confirmation loaded.</summary>
    public async Task<TimeSpan> DeclareAndSubmitAsync()
    {
        await axe.CheckAsync(page, "report/declaration");
        await Expect(page.Locator("#missing")).ToHaveCountAsync(0);
        await page.GetByLabel("I declare the information is true and correct").CheckAsync();
        var watch = Stopwatch.StartNew();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for endorsement" }).ClickAsync();
        await ArriveAsync(new Regex($@"/Incidents/Report/{Id}/Submitted$"));
        var elapsed = watch.Elapsed;
        await axe.CheckAsync(page, "report/submitted");
        return elapsed;
    }

    private async Task DateAsync(string prefix, string day, string month, string year)
    {
        await page.Locator($"#{prefix}Day").FillAsync(day);
        await page.Locator($"#{prefix}Month").FillAsync(month);
        await page.Locator($"#{prefix}Year").FillAsync(year);
    }

    private async Task NextAsync(string nextStep)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true }).ClickAsync();
        await ArriveAsync(new Regex($@"/Incidents/Report/{Id}/{nextStep}$"));
    }

    /// <summary>Waits for the page after a post; if the form came back instead, fails with its messages.</summary>
    private async Task ArriveAsync(Regex url)
    {
        try
        {
            await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Load, Timeout = 10_000 });
        }
        catch (TimeoutException)
        {
            var messages = await page.Locator(".invalid-feedback, [data-error-summary]").AllInnerTextsAsync();
            Assert.Fail($"Still on {page.Url} instead of {url}: {string.Join(" | ", messages)}");
        }
    }

    [GeneratedRegex(@"/Incidents/Report/(\d+)/Service")]
    private static partial Regex StepUrl();
}
