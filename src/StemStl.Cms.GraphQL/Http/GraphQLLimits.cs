using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>
/// The validation rules and error shaping that follow from <see cref="GraphQLOptions"/>: GraphQL.NET's own depth and
/// complexity analyzer, introspection on or off, and errors that never show a stack trace outside Development.
/// </summary>
internal sealed class GraphQLLimits
{
    public const string TimeoutCode = "TIMEOUT";
    public const string TooDeepCode = "DOCUMENT_TOO_DEEP";

    public GraphQLLimits(IOptions<GraphQLOptions> options, bool development)
    {
        var settings = options.Value;
        Options = settings;
        var complexity = new ComplexityOptions { MaxDepth = settings.MaxDepth, MaxComplexity = settings.MaxComplexity };
        var complexityRule = new ComplexityRule(complexity);
        ValidationRules = settings.EnableIntrospection
            ? [.. DocumentValidator.CoreRules, complexityRule]
            : [.. DocumentValidator.CoreRules, complexityRule, NoIntrospectionValidationRule.Instance];
        RevalidationRules = [complexityRule];
        ErrorInfo = new ErrorInfoProvider(o =>
        {
            o.ExposeExceptionDetails = development;
            o.ExposeCode = true;
        });
    }

    public GraphQLOptions Options { get; }

    public IReadOnlyList<IValidationRule> ValidationRules { get; }

    /// <summary>
    /// The rules for a document that already passed <see cref="ValidationRules"/> against the same schema: the spec's
    /// rules depend only on the document and the schema, so only the cost rule runs again, because it depends on the
    /// variables and charges the caller's budget on every request.
    /// </summary>
    public IReadOnlyList<IValidationRule> RevalidationRules { get; }

    /// <summary>Shapes errors for the serializer; exception details (types, stack traces) only in Development.</summary>
    public IErrorInfoProvider ErrorInfo { get; }

    /// <summary>The error a request gets when it ran out of <see cref="GraphQLOptions.ExecutionTimeout"/>.</summary>
    public ExecutionResult TimedOut() => new()
    {
        Executed = true,
        Errors = [new ExecutionError($"The request took longer than the {Options.ExecutionTimeout.TotalSeconds:0.###} s execution limit and was stopped; ask for fewer items or fields.") { Code = TimeoutCode }],
    };

    /// <summary>
    /// The error for a document nested so deeply that the parser stops before the depth rule could look at it
    /// (thousands of braces): refused like any document that does not parse.
    /// </summary>
    public ExecutionResult TooDeepToParse() => new()
    {
        Executed = false,
        Errors = [new ExecutionError($"The document is nested too deeply to parse; queries may nest at most {Options.MaxDepth} levels.") { Code = TooDeepCode }],
    };
}
