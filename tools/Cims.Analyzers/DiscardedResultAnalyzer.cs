using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Cims.Analyzers;

/// <summary>
/// CIMS0001: a <c>Result</c> or <c>Result&lt;T&gt;</c> (Cims.Domain.Common) that is thrown away — a call
/// used as a statement, awaited or not, or assigned to the discard <c>_</c>. An expected failure that
/// nobody looks at is a silent no-op; check <c>Failed</c> or return the result.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DiscardedResultAnalyzer : DiagnosticAnalyzer
{
    public const string Id = "CIMS0001";

    private static readonly DiagnosticDescriptor Rule = new(
        Id,
        "A Result must not be discarded",
        "The Result of '{0}' is discarded: check Failed, or return it",
        "Reliability",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "Every operation that can fail for a reason the user should see returns a Result; dropping it hides the failure.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var result = start.Compilation.GetTypeByMetadataName("Cims.Domain.Common.Result");
            var resultOfT = start.Compilation.GetTypeByMetadataName("Cims.Domain.Common.Result`1");
            if (result is null || resultOfT is null)
                return;
            var types = new ResultTypes(result, resultOfT, start.Compilation);
            start.RegisterOperationAction(
                c => Check(c, types, ((IExpressionStatementOperation)c.Operation).Operation), OperationKind.ExpressionStatement);
            start.RegisterOperationAction(
                c =>
                {
                    var assignment = (ISimpleAssignmentOperation)c.Operation;
                    if (assignment.Target is IDiscardOperation)
                        Check(c, types, assignment.Value);
                },
                OperationKind.SimpleAssignment);
        });
    }

    private static void Check(OperationAnalysisContext context, ResultTypes types, IOperation expression)
    {
        if (expression is IConversionOperation { IsImplicit: true } conversion)
            expression = conversion.Operand;
        if (expression is IAssignmentOperation || !types.IsResult(expression.Type))
            return;
        var name = expression switch
        {
            IInvocationOperation call => call.TargetMethod.Name,
            IAwaitOperation { Operation: IInvocationOperation call } => call.TargetMethod.Name,
            _ => expression.Syntax.ToString(),
        };
        context.ReportDiagnostic(Diagnostic.Create(Rule, expression.Syntax.GetLocation(), name));
    }

    private sealed class ResultTypes(INamedTypeSymbol result, INamedTypeSymbol resultOfT, Compilation compilation)
    {
        private readonly INamedTypeSymbol? _task = compilation.GetTypeByMetadataName("System.Threading.Tasks.Task`1");
        private readonly INamedTypeSymbol? _valueTask = compilation.GetTypeByMetadataName("System.Threading.Tasks.ValueTask`1");

        public bool IsResult(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named)
                return false;
            if (SymbolEqualityComparer.Default.Equals(named, result) || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, resultOfT))
                return true;
            var awaitable = SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, _task)
                || SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, _valueTask);
            return awaitable && IsResult(named.TypeArguments[0]);
        }
    }
}
