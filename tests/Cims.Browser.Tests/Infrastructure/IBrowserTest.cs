namespace Cims.Browser.Tests.Infrastructure;

/// <summary>
/// Every browser test class implements this: each of its tests opens pages through <see cref="App"/> and
/// ends with <see cref="PolicyWatch.EndTestAsync"/>, so a CSP violation or an uncaught script error on any
/// page it visited fails it. <see cref="BrowserApp.NewPageAsync"/> refuses to open a page outside such a test.
/// </summary>
public interface IBrowserTest : IAsyncLifetime
{
    BrowserApp App { get; }

    Task IAsyncLifetime.InitializeAsync()
    {
        App.BeginTest();
        return Task.CompletedTask;
    }

    Task IAsyncLifetime.DisposeAsync() => App.EndTestAsync();
}
