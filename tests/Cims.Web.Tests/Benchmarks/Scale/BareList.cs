using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Encodings.Web;
using Cims.Web.Infrastructure.Time;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Cims.Web.Tests.Benchmarks.Scale;

/// <summary>
/// The department list's floor: bare Kestrel and Npgsql, one hand-written query reading the same 25 incidents the
/// department list shows for non-major impact (same order and page: the page's ids first, then their rows and names), rendered
/// as a minimal HTML table. No sign-in, no MVC, no EF, no count and no summary.
/// </summary>
internal sealed class BareList : IAsyncDisposable
{
    private const string Sql = """
        SELECT i."Id", i."Number", o."Name", d."Name", a."Name", p."Name", t."Name", i."Details_Impact", i."Status", i."SubmittedAt",
               COALESCE(i."FollowUpDueAt", i."DueAt")
        FROM (SELECT i."Id"
              FROM "Incidents" i
              WHERE (i."Status" IN ('SubmittedToDepartment', 'DepartmentReview', 'FollowUpDetermined', 'InvestigationInProgress', 'ReviewInProgress',
                                    'OutcomePendingApproval', 'OutcomeSubmitted', 'Closed') OR i."SubmittedAt" IS NOT NULL)
                AND i."Details_Impact" = 'NonMajor'
              ORDER BY CASE WHEN i."Status" = 'DepartmentReview' THEN 0 ELSE 1 END,
                       CASE WHEN i."FollowUpDueAt" IS NULL AND i."DueAt" IS NULL THEN 1 ELSE 0 END,
                       COALESCE(i."FollowUpDueAt", i."DueAt"), i."Id"
              OFFSET $1 LIMIT 25) page
        JOIN "Incidents" i ON i."Id" = page."Id"
        JOIN "Organisations" o ON o."Id" = i."OrganisationId"
        LEFT JOIN "Areas" a ON a."Id" = i."Service_AreaId"
        LEFT JOIN "Divisions" d ON d."Id" = a."DivisionId"
        LEFT JOIN "Programs" p ON p."Id" = i."Service_ProgramId"
        LEFT JOIN "IncidentTypes" t ON t."Id" = i."Details_PrimaryTypeId"
        ORDER BY CASE WHEN i."Status" = 'DepartmentReview' THEN 0 ELSE 1 END,
                 CASE WHEN i."FollowUpDueAt" IS NULL AND i."DueAt" IS NULL THEN 1 ELSE 0 END,
                 COALESCE(i."FollowUpDueAt", i."DueAt"), i."Id"
        """;

    private readonly WebApplication _app;
    private readonly NpgsqlDataSource _source;

    private BareList(WebApplication app, NpgsqlDataSource source)
    {
        _app = app;
        _source = source;
    }

    public Uri BaseAddress => new(_app.Urls.First());

    public static async Task<BareList> StartAsync(string connectionString)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var bare = new BareList(app, NpgsqlDataSource.Create(connectionString));
        app.MapGet("/list", bare.RenderAsync);
        await app.StartAsync();
        return bare;
    }

    private async Task RenderAsync(HttpContext context)
    {
        var page = int.TryParse(context.Request.Query["page"], CultureInfo.InvariantCulture, out var p) ? p : 1;
        var html = new StringBuilder("<!DOCTYPE html><html><body><table><tr><th>Number</th><th>Organisation</th><th>Area</th><th>Program</th>"
            + "<th>Type</th><th>Impact</th><th>Status</th><th>Submitted</th><th>Due</th></tr>");
        await using (var command = _source.CreateCommand(Sql))
        {
            command.Parameters.AddWithValue((page - 1) * 25);
            await using var reader = await command.ExecuteReaderAsync(context.RequestAborted);
            while (await reader.ReadAsync(context.RequestAborted))
            {
                html.Append("<tr><td><a href=\"/Incidents/").Append(reader.GetInt32(0)).Append("\">").Append(Cell(reader, 1)).Append("</a></td><td>")
                    .Append(Cell(reader, 2)).Append("</td><td>").Append(Cell(reader, 3)).Append(" – ").Append(Cell(reader, 4)).Append("</td><td>")
                    .Append(Cell(reader, 5)).Append("</td><td>").Append(Cell(reader, 6)).Append("</td><td>").Append(Cell(reader, 7)).Append("</td><td>")
                    .Append(Cell(reader, 8)).Append("</td><td>").Append(When(reader, 9)).Append("</td><td>").Append(When(reader, 10)).Append("</td></tr>");
            }
        }

        html.Append("</table></body></html>");
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html.ToString(), context.RequestAborted);
    }

    private static string Cell(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? "—" : HtmlEncoder.Default.Encode(reader.GetString(column));

    private static string When(NpgsqlDataReader reader, int column) =>
        reader.IsDBNull(column) ? "—" : new DateTimeOffset(reader.GetDateTime(column), TimeSpan.Zero).Display();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _source.DisposeAsync();
    }
}
