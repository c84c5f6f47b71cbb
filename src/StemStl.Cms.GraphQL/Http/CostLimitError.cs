using GraphQL.Validation;

namespace StemStl.Cms.GraphQL.Http;

/// <summary>The caller's complexity budget (<see cref="GraphQLCostBudget"/>) cannot pay for this document now.</summary>
internal sealed class CostLimitError : ValidationError
{
    public CostLimitError(string message)
        : base(message)
    {
        Code = GraphQLCostBudget.Code;
    }
}
