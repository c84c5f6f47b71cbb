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
/// deep and counts about 735,000, far past what any content query needs, yet its cost is bounded by the schema, not
/// by the data. Nesting beyond 20 levels or 1,000,000 is still refused, so recursive introspection cannot explode.
/// </summary>
internal sealed class ComplexityRule(ComplexityOptions options) : ComplexityValidationRule(options)
{
    public const int IntrospectionMaxDepth = 20;
    public const double IntrospectionMaxComplexity = 1_000_000;

    protected override ValueTask ValidateComplexityAsync(ValidationContext context, double totalComplexity, int maxDepth)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IntrospectsOnly(context))
        {
            return base.ValidateComplexityAsync(context, totalComplexity, maxDepth);
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

        return default;
    }

    private static bool IntrospectsOnly(ValidationContext context) =>
        context.Operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));
}
