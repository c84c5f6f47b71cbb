using System.Globalization;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>
/// GraphQL.NET's complexity and depth rule, with a budget of its own for documents that only introspect the schema:
/// the introspection query every GraphQL IDE sends follows type references (<c>ofType { ofType { … } }</c>) 14 levels
/// deep and counts about 1,100,000 with the workgroup module's types (the count grows with the schema), far past what
/// any content query needs, yet its cost is bounded by the schema, not by the data. Nesting beyond 20 levels or
/// 5,000,000 is still refused, so recursive introspection cannot explode, and modules have room to add types.
/// </summary>
internal sealed class ComplexityRule(ComplexityOptions options) : ComplexityValidationRule(options)
{
    public const int IntrospectionMaxDepth = 20;
    public const double IntrospectionMaxComplexity = 5_000_000;

    protected override async ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IntrospectsOnly(context))
        {
            await base.ValidateComplexityAsync(context, totalComplexity, maxDepth);
            Charge(context, totalComplexity);
            return;
        }

        if (maxDepth > IntrospectionMaxDepth)
        {
            context.ReportError(new ComplexityError(string.Create(CultureInfo.InvariantCulture,
                $"Introspection is too nested to execute: its depth is {maxDepth} levels; the most allowed is {IntrospectionMaxDepth}.")));
        }
        else if (totalComplexity > IntrospectionMaxComplexity)
        {
            context.ReportError(new ComplexityError(string.Create(CultureInfo.InvariantCulture,
                $"Introspection is too complex to execute: its complexity is {totalComplexity:0}; the most allowed is {IntrospectionMaxComplexity:0}.")));
        }
    }

    /// <summary>A document within the limits is paid for from its caller's budget before it runs.</summary>
    private static void Charge(ValidationContext context, double totalComplexity)
    {
        if (context.HasErrors
            || !context.UserContext.TryGetValue(GraphQLCostBudget.CallerKey, out var caller) || caller is not string key
            || context.RequestServices?.GetService(typeof(GraphQLCostBudget)) is not GraphQLCostBudget budget
            || budget.TryCharge(key, totalComplexity, out var retryAfter))
        {
            return;
        }

        context.UserContext[GraphQLCostBudget.RetryAfterKey] = retryAfter;
        context.ReportError(new CostLimitError(string.Create(CultureInfo.InvariantCulture,
            $"This document costs {totalComplexity:0} complexity points and this caller's budget is spent for now; try again in {Math.Ceiling(retryAfter.TotalSeconds):0} s, or ask for fewer items.")));
    }

    private static bool IntrospectsOnly(ValidationContext context) =>
        context.Operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
}
