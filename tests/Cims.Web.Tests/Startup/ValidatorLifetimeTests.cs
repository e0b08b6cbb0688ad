using Cims.Web.Features.Incidents.Department;
using Cims.Web.Features.Incidents.Report.Steps;
using Cims.Web.Features.Privacy.People;
using Cims.Web.Infrastructure.Validation;
using Cims.Web.Tests.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace Cims.Web.Tests.Startup;

/// <summary>
/// Validators that need only the clock are built once (a list's filters are validated on every request); one that reads
/// the database and keeps what it read is built per request, so one user's options never leak into another's.
/// </summary>
public sealed class ValidatorLifetimeTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public void Resolve_ClockOnlyValidator_SameInstanceForEveryRequest()
    {
        Assert.Same(InNewScope<DepartmentFilters>(), InNewScope<DepartmentFilters>());
        Assert.Same(InNewScope<DatesForm>(), InNewScope<DatesForm>());
    }

    [Fact]
    public void Resolve_ValidatorThatReadsTheDatabase_NewInstancePerRequest() =>
        Assert.NotSame(InNewScope<PrivacyPersonForm>(), InNewScope<PrivacyPersonForm>());

    [Fact]
    public void IsStateless_ValidatorWithItsOwnFields_IsNot()
    {
        Assert.True(ValidationSetup.IsStateless(typeof(DepartmentFiltersValidator)));
        Assert.False(ValidationSetup.IsStateless(typeof(PrivacyPersonFormValidator)));
        Assert.False(ValidationSetup.IsStateless(typeof(Counting)));
    }

    private IValidator<T> InNewScope<T>()
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<IValidator<T>>();
    }

    private sealed class Counting : AbstractValidator<string>
    {
        private int _seen;

        public Counting() => RuleFor(s => s).Must(_ => ++_seen > 0);
    }
}
