using System.Diagnostics;

namespace Cims.Web.Tests.Infrastructure;

/// <summary>Runs the real CIMS executable (as built in src/Cims.Web/bin) the way an operator would.</summary>
public static class CimsProcess
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(WebAssemblyPath)!,
        };
        start.ArgumentList.Add(WebAssemblyPath);
        foreach (var arg in new[] { "--Cims:LogToFile=false", "--DataProtection:AllowUnencryptedKeys=true" }.Concat(args))
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static string WebAssemblyPath
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Cims.sln")))
                dir = dir.Parent;
            var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
            return Path.Combine(dir!.FullName, "src", "Cims.Web", "bin", configuration, "net10.0", "Cims.Web.dll");
        }
    }
}
