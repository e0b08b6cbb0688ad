using System.Net;
using Cims.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cims.Web.Tests.Learn;

/// <summary>/Learn/{module}: answers posted as a plain form (no JavaScript), kept per user, explained, and private.</summary>
public abstract class LearnAnswerTests<TApp>(TApp app) : IClassFixture<TApp>
    where TApp : LearnApp
{
    private const string Reporter = "reporter@agency-one.example";
    private const string Delegate = "delegate@agency-one.example";
    private const string Investigator = "investigator@agency-one.example";

    [Fact]
    public async Task Answer_OneRightOneWrong_StoredAndBothExplained()
    {
        var client = await FormClient.SignedInAsync(app, Reporter);
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);

        var response = await client.PostFormAsync("/Learn/reporting", "/Learn/reporting",
            new() { ["answer-deadline"] = "b", ["answer-impact-first-aid"] = "a" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Learn/reporting#results", response.Headers.Location?.OriginalString);
        var page = await client.GetPageAsync("/Learn/reporting");
        Assert.Equal("right", page.QuerySelector("[data-question='deadline'] [data-result]")!.GetAttribute("data-result"));
        var wrong = page.QuerySelector("[data-question='impact-first-aid'] [data-result]")!;
        Assert.Equal("wrong", wrong.GetAttribute("data-result"));
        Assert.Contains("The answer is: Non-major impact", wrong.TextContent);
        Assert.Contains("first aid, observation or brief medical treatment is non-major", wrong.QuerySelector("[data-explanation]")!.TextContent);
        Assert.Contains("business days of the organisation becoming aware", page.QuerySelector("[data-question='deadline'] [data-explanation]")!.TextContent);
        Assert.Contains("You have answered 1 of 5 questions right.", page.QuerySelector("[data-results]")!.TextContent);
        Assert.Equal("checked", page.QuerySelector("#answer-deadline-b")!.GetAttribute("checked"));
        var rows = await AnswersOfAsync(Reporter, "reporting");
        Assert.Equal([("deadline", true), ("impact-first-aid", false)], rows.Select(r => (r.QuestionKey, r.AnsweredCorrectly)));
        Assert.All(rows, r => Assert.InRange(r.AnsweredAt, before, DateTimeOffset.UtcNow.AddSeconds(5)));
        Assert.All(rows, r => Assert.Equal(TimeSpan.Zero, r.AnsweredAt.Offset));
    }

    [Fact]
    public async Task Answer_Again_ReplacesTheEarlierAnswer()
    {
        var client = await FormClient.SignedInAsync(app, Investigator);
        await client.PostFormAsync("/Learn/investigating", "/Learn/investigating", new() { ["answer-proof"] = "a" });

        await client.PostFormAsync("/Learn/investigating", "/Learn/investigating", new() { ["answer-proof"] = "b" });

        var row = Assert.Single(await AnswersOfAsync(Investigator, "investigating"), r => r.QuestionKey == "proof");
        Assert.True(row.AnsweredCorrectly);
        Assert.Equal("b", row.ChosenOption);
    }

    [Fact]
    public async Task Answer_TheSameNewAnswerTwiceAtOnce_BothSucceedAndOneRowIsKept()
    {
        var client = await FormClient.SignedInAsync(app, Investigator);
        var token = FormClient.Token(await client.GetPageAsync("/Learn/reviewing"));

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            client.PostWithTokenAsync("/Learn/reviewing", token, [new("answer-rca", "b")])));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(await AnswersOfAsync(Investigator, "reviewing"), r => r.QuestionKey == "rca");
    }

    [Fact]
    public async Task Progress_AnotherUser_SeesNoneOfIt()
    {
        var reporter = await FormClient.SignedInAsync(app, Reporter);
        await reporter.PostFormAsync("/Learn/end-to-end", "/Learn/end-to-end", new() { ["answer-definition"] = "b", ["answer-first-stage"] = "b" });
        var own = await reporter.GetPageAsync("/Learn");
        Assert.Contains("2 of 4 questions answered right", own.QuerySelector("[data-module='end-to-end'] [data-progress]")!.TextContent);

        var other = await FormClient.SignedInAsync(app, Delegate);
        var index = await other.GetPageAsync("/Learn");
        var module = await other.GetPageAsync("/Learn/end-to-end");

        Assert.Contains("Not started", index.QuerySelector("[data-module='end-to-end'] [data-progress]")!.TextContent);
        Assert.Empty(module.QuerySelectorAll("[data-result]"));
        Assert.Null(module.QuerySelector("[data-results]"));
        Assert.Empty(module.QuerySelectorAll("input[type=radio][checked]"));
    }

    [Fact]
    public async Task Answer_NothingChosen_ErrorSummaryLinksToTheFirstQuestionAndNothingIsStored()
    {
        var client = await FormClient.SignedInAsync(app, Delegate);

        var response = await client.PostFormAsync("/Learn/using-the-data", "/Learn/using-the-data", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        var link = page.QuerySelector("[data-error-summary] a")!;
        Assert.Equal("Choose an answer to at least one question.", link.TextContent);
        Assert.NotNull(page.QuerySelector(link.GetAttribute("href")!));
        Assert.Empty(page.QuerySelectorAll("[data-result]"));
        Assert.Empty(await AnswersOfAsync(Delegate, "using-the-data"));
    }

    [Fact]
    public async Task Answer_AnOptionNotListed_ErrorBesideTheQuestionAndTheOtherChoiceKept()
    {
        var client = await FormClient.SignedInAsync(app, Delegate);

        var response = await client.PostFormAsync("/Learn/reviewing", "/Learn/reviewing", new() { ["answer-purpose"] = "z", ["answer-rca"] = "b" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await FormClient.ParseAsync(response);
        Assert.Equal("Choose one of the answers listed for question 1.", page.QuerySelector("#answer-purpose-error")!.TextContent);
        Assert.Equal("#answer-purpose", page.QuerySelector("[data-error-summary] a")!.GetAttribute("href"));
        Assert.Equal("checked", page.QuerySelector("#answer-rca-b")!.GetAttribute("checked"));
        Assert.Empty(await AnswersOfAsync(Delegate, "reviewing"));
    }

    [Fact]
    public async Task Module_Unknown_NotFound()
    {
        var client = await FormClient.SignedInAsync(app, Reporter);

        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync("/Learn/no-such-module")).StatusCode);
    }

    private Task<List<Web.Features.Learn.Progress.LearnAnswer>> AnswersOfAsync(string email, string module) =>
        app.WithDbAsync(db => db.LearnAnswers.AsNoTracking()
            .Where(a => a.ModuleKey == module && db.Users.Any(u => u.Id == a.UserId && u.Email == email))
            .OrderBy(a => a.QuestionKey).ToListAsync());
}

public sealed class SqliteLearnAnswerTests(SqliteLearnApp app) : LearnAnswerTests<SqliteLearnApp>(app);

public sealed class PostgresLearnAnswerTests(PostgresLearnApp app) : LearnAnswerTests<PostgresLearnApp>(app);
