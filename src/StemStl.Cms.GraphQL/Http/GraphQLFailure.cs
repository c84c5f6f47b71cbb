using GraphQL;
using Microsoft.AspNetCore.Http;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>
/// A request refused before execution, answered as a GraphQL error (<c>message</c> and <c>extensions.code</c>) so
/// GraphQL clients can read it like any other error, with the HTTP status that fits it.
/// </summary>
internal sealed record GraphQLFailure(int Status, string Code, string Message)
{
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    public static GraphQLFailure TooLarge(int length, int limit, string hint) => new(StatusCodes.Status413PayloadTooLarge, DocumentTooLarge,
        $"The document is {length:N0} characters; the limit is {limit:N0}. {hint}");

    public ExecutionResult ToResult() => new() { Errors = [new ExecutionError(Message) { Code = Code }] };
}
