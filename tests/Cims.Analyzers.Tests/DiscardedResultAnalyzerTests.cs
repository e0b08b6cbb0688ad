using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Cims.Analyzers.Tests;

public sealed class DiscardedResultAnalyzerTests
{
    private const string ResultTypes = """
        namespace Cims.Domain.Common
        {
            public sealed record Error(string Code, string Message);
            public readonly record struct Result(Error? Error) { public bool Failed => Error is not null; public static Result Ok() => new(null); }
            public readonly record struct Result<T>(T? Value, Error? Error) { public bool Failed => Error is not null; }
        }
        """;

    private static readonly MetadataReference[] References =
    [
        .. new[] { "System.Private.CoreLib", "System.Runtime", "netstandard" }
            .Select(name => Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, name + ".dll"))
            .Select(path => MetadataReference.CreateFromFile(path)),
    ];

    [Theory]
    [InlineData("Move();", "Move")]
    [InlineData("Load();", "Load")]
    [InlineData("await MoveAsync();", "MoveAsync")]
    [InlineData("_ = Move();", "Move")]
    [InlineData("_ = await LoadAsync();", "LoadAsync")]
    [InlineData("MoveAsync();", "MoveAsync")]
    public async Task Analyze_ResultThrownAway_ReportsCims0001WithTheMethodName(string statement, string method)
    {
        var diagnostics = await AnalyzeAsync(statement);

        var diagnostic = Assert.Single(diagnostics, d => d.Id == DiscardedResultAnalyzer.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"'{method}'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var moved = Move(); if (moved.Failed) return;")]
    [InlineData("if (Move().Failed) return;")]
    [InlineData("if ((await LoadAsync()) is { Failed: true }) return;")]
    [InlineData("Result kept; kept = Move(); _ = kept.Failed;")]
    [InlineData("Nothing(); await NothingAsync(); _ = Count();")]
    public async Task Analyze_ResultExamined_ReportsNothing(string statements)
    {
        var diagnostics = await AnalyzeAsync(statements);

        Assert.DoesNotContain(diagnostics, d => d.Id == DiscardedResultAnalyzer.Id);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(string body)
    {
        var source = ResultTypes + $$"""
            namespace Sample
            {
                using System.Threading.Tasks;
                using Cims.Domain.Common;
                public sealed class Use
                {
                    static Result Move() => Result.Ok();
                    static Result<int> Load() => new(1, null);
                    static Task<Result> MoveAsync() => Task.FromResult(Result.Ok());
                    static Task<Result<int>> LoadAsync() => Task.FromResult(Load());
                    static void Nothing() { }
                    static Task NothingAsync() => Task.CompletedTask;
                    static int Count() => 1;
                    public async Task RunAsync()
                    {
                        {{body}}
                    }
                }
            }
            """;
        var compilation = CSharpCompilation.Create(
            "Sample", [CSharpSyntaxTree.ParseText(source)], References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var compileErrors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Id != "CS4014").ToList();
        Assert.Empty(compileErrors);
        return await compilation.WithAnalyzers([new DiscardedResultAnalyzer()]).GetAnalyzerDiagnosticsAsync();
    }
}
