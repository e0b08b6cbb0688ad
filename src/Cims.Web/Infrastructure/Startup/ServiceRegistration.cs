using Cims.Web.Data;
using Cims.Web.Data.Seeding;
using Cims.Web.Features;
using Cims.Web.Features.Privacy;
using Cims.Web.Infrastructure.Api;
using Cims.Web.Infrastructure.DataProtection;
using Cims.Web.Infrastructure.Email;
using Cims.Web.Infrastructure.Logging;
using Cims.Web.Infrastructure.Mvc;
using Cims.Web.Infrastructure.Proxy;
using Cims.Web.Infrastructure.Telemetry;
using Cims.Web.Infrastructure.Training;
using Cims.Web.Infrastructure.Validation;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Cims.Web.Infrastructure.Startup;

public static class ServiceRegistration
{
    /// <param name="builder">The web application builder.</param>
    /// <param name="commandLineVerb">True for a command-line verb: logs go to standard error so standard output is the verb's own.</param>
    public static void AddCims(this WebApplicationBuilder builder, bool commandLineVerb = false)
    {
        var options = ReadOptions(builder);
        builder.AddCimsLogging(options, commandLineVerb);
        var services = builder.Services;
        services.Configure<CimsOptions>(builder.Configuration.GetSection(CimsOptions.Section));
        services.PostConfigure<CimsOptions>(o => o.SeedDemo = options.SeedDemo);
        services.Configure<EmailOptions>(builder.Configuration.GetSection(EmailOptions.Section));
        services.AddSingleton(TimeProvider.System);
        services.AddCimsForwardedHeaders(builder.Configuration);
        services.Configure<Resilience.UnavailableOptions>(builder.Configuration.GetSection(Resilience.UnavailableOptions.Section));
        services.AddCimsDatabase(builder.Configuration, builder.Environment);
        services.AddSingleton<DatabaseInitializer>();
        services.AddHostedService(sp => sp.GetRequiredService<DatabaseInitializer>());
        services.AddScoped<ReferenceDataSeeder>();
        services.AddScoped<SandboxSeeder>();
        services.AddScoped<DemoSeeder>();
        services.AddSingleton<SmtpClientFactory>(() => new MailKit.Net.Smtp.SmtpClient());
        services.AddScoped<EmailSender>();
        services.AddCimsTraining();
        services.AddScoped<PublicLinks>();
        services.AddSingleton<Secrets.SecretStore>();
        services.AddCimsIdentity();
        services.Configure<Api.ApiOptions>(builder.Configuration.GetSection(Api.ApiOptions.Section));
        services.AddCimsApiAuth(builder.Configuration, builder.Environment);
        services.AddCimsDataProtection(builder.Configuration, builder.Environment);
        services.AddHealthChecks().AddDbContextCheck<CimsDbContext>("database", tags: ["ready"]);
        services.AddCimsGracefulShutdown(builder.Configuration);
        services.AddCimsValidators();
        services.AddControllersWithViews(mvc =>
        {
            mvc.Conventions.Add(new FeatureConvention());
            mvc.Filters.Add<FluentValidationFilter>();
            mvc.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
        });
        services.Configure<RazorViewEngineOptions>(o => o.ViewLocationExpanders.Add(new FeatureViewLocationExpander()));
        services.AddCimsFeatures();
        services.AddPublicFormRateLimit(builder.Configuration);
        services.AddCimsTelemetry(builder.Configuration);
    }

    private static CimsOptions ReadOptions(WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(CimsOptions.Section);
        var options = section.Get<CimsOptions>() ?? new CimsOptions();
        if (section["SeedDemo"] is null)
            options.SeedDemo = builder.Environment.IsDevelopment() || options.Environment == CimsEnvironment.Training;
        if (section["RequireTwoFactor"] is null)
            options.RequireTwoFactor = !builder.Environment.IsDevelopment();
        DeploymentChecks.Verify(builder.Configuration, builder.Environment, options);

        builder.Services.PostConfigure<CimsOptions>(o => o.RequireTwoFactor = options.RequireTwoFactor);
        return options;
    }
}
