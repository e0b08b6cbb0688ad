using Cims.Web.Infrastructure.Api;

namespace Cims.Web.Tests.Api;

public sealed class ApiClientArgumentsTests
{
    [Fact]
    public void Parse_OrganisationAndName_EveryScope()
    {
        var (arguments, error) = ApiClientArguments.Parse(["--organisation", "2", "--name", " Acme CMS "]);

        Assert.Null(error);
        Assert.Equal(2, arguments!.OrganisationId);
        Assert.Equal("Acme CMS", arguments.Name);
        Assert.Equal(ApiScopes.All, arguments.Scopes);
    }

    [Fact]
    public void Parse_Scopes_OnlyThose()
    {
        var (arguments, _) = ApiClientArguments.Parse(["--organisation", "2", "--name", "Acme", "--scopes", "incidents:read reference:read"]);

        Assert.Equal([ApiScopes.IncidentsRead, ApiScopes.ReferenceRead], arguments!.Scopes);
    }

    [Theory]
    [InlineData("--organisation must be", "--name", "Acme")]
    [InlineData("--organisation must be", "--organisation", "two", "--name", "Acme")]
    [InlineData("--name must name", "--organisation", "2")]
    [InlineData("There is no scope \"incidents:delete\"", "--organisation", "2", "--name", "Acme", "--scopes", "incidents:delete")]
    [InlineData("--name needs a value", "--organisation", "2", "--name")]
    public void Parse_Wrong_SaysWhatIsWrongWithTheUsage(string message, params string[] args)
    {
        var (arguments, error) = ApiClientArguments.Parse(args);

        Assert.Null(arguments);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.EndsWith(ApiClientArguments.Usage, error, StringComparison.Ordinal);
    }
}
