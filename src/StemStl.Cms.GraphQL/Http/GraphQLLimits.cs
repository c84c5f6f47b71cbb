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
        ValidationRules = settings.EnableIntrospection
            ? [.. DocumentValidator.CoreRules, new ComplexityRule(complexity)]
            : [.. DocumentValidator.CoreRules, new ComplexityRule(complexity), NoIntrospectionValidationRule.Instance];
        ErrorInfo = new ErrorInfoProvider(o =>
        {
            o.ExposeExceptionDetails = development;
            o.ExposeCode = true;
        });
    }

    public GraphQLOptions Options { get; }

    public IReadOnlyList<IValidationRule> ValidationRules { get; }

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
