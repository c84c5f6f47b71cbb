using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.GraphQL;
using StemStl.Pathways.Matching;

namespace StemStl.Pathways.GraphQL;

/// <summary>
/// <c>pathwaysForInterests(subjects: [String!]!, gradeBand: String): [PathwayMatch!]</c>: the published pathways the
/// caller may see, ranked by <see cref="PathwayMatcher"/>. Bad arguments are errors at the field's path naming the
/// argument (<c>extensions.data.argument</c>), and nothing is matched.
/// </summary>
internal static class InterestMatchField
{
    public const string ErrorCode = "BAD_USER_INPUT";

    public static void Add(GraphQLSchemaContext context, ObjectGraphType pathway)
    {
        var reason = new ObjectGraphType { Name = "PathwayMatchReason", Description = "One thing that earned a pathway points." };
        reason.Field<StringGraphType>("subject").Description("The interest that matched; null for the starting-stage point.").Resolve(c => ((MatchReason)c.Source!).Subject);
        reason.Field<StringGraphType>("stage").Description("The stage that matched, or where the student would start.").Resolve(c => ((MatchReason)c.Source!).Stage?.ToString());
        reason.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("matched").Description("The subjects, courses or experiences that matched.").Resolve(c => ((MatchReason)c.Source!).Matched);
        reason.Field<NonNullGraphType<IntGraphType>>("points").Resolve(c => ((MatchReason)c.Source!).Points);
        reason.Field<NonNullGraphType<StringGraphType>>("explanation").Description("The reason in a sentence.").Resolve(c => ((MatchReason)c.Source!).Explanation);

        var match = new ObjectGraphType { Name = "PathwayMatch", Description = "A pathway ranked for a student's interests, with the reasons." };
        match.AddField(new FieldType { Name = "pathway", ResolvedType = new NonNullGraphType(pathway), Resolver = new FuncFieldResolver<PathwayMatch, ContentItem>(c => c.Source.Pathway) });
        match.Field<NonNullGraphType<IntGraphType>>("score").Description("The points the pathway earned.").Resolve(c => ((PathwayMatch)c.Source!).Score);
        match.Field<NonNullGraphType<IntGraphType>>("rank").Description("1 for the best match.").Resolve(c => ((PathwayMatch)c.Source!).Rank);
        match.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("matchedSubjects").Description("The interests that matched, in the order they were given.").Resolve(c => ((PathwayMatch)c.Source!).MatchedSubjects);
        match.Field<NonNullGraphType<StringGraphType>>("rankExplanation").Description("Why the pathway sits where it does.").Resolve(c => ((PathwayMatch)c.Source!).RankExplanation);
        match.AddField(new FieldType { Name = "reasons", ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(reason))), Resolver = new FuncFieldResolver<PathwayMatch, object>(c => c.Source.Reasons) });
        context.RegisterType(reason);
        context.RegisterType(match);

        context.Query.AddField(new FieldType
        {
            Name = "pathwaysForInterests",
            Description = "Published pathways ranked for a student's interests (e.g. [\"biology\", \"coding\"]) and grade band (PreK, K-2, 3-5, 6-8, 9-12, postsecondary, adult), best first, each with why it matched.",
            ResolvedType = new ListGraphType(new NonNullGraphType(match)),
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(new ListGraphType(new NonNullGraphType(new StringGraphType())))) { Name = "subjects" },
                new QueryArgument(new StringGraphType()) { Name = "gradeBand" }),
            Resolver = new FuncFieldResolver<object?>(ResolveAsync),
        });
    }

    private static async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var (query, errors) = InterestQuery.Create(context.GetArgument<List<string?>>("subjects"), context.GetArgument<string?>("gradeBand"));
        if (query is null)
        {
            foreach (var (argument, message) in errors)
            {
                var error = new ExecutionError($"{argument}: {message}") { Code = ErrorCode, Path = context.Path };
                error.Data["argument"] = argument;
                context.Errors.Add(error);
            }

            return null;
        }

        var services = context.RequestServices!;
        var ids = await PathwayIdsAsync(services.GetRequiredService<IContentList>(), context.CancellationToken);
        var visible = await services.GetRequiredService<IGraphQLContentReader>().Related(context, ids).GetResultAsync(context.CancellationToken);
        return PathwayMatcher.PathwaysForInterests(visible, query);
    }

    // Every pathway's id from the item index (no documents); the reader then keeps the published ones the caller may see.
    private static async Task<List<string>> PathwayIdsAsync(IContentList list, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        ContentListPage page;
        do
        {
            page = await list.QueryAsync(new ContentListQuery
            {
                ContentTypes = [PathwayModel.PathwayType],
                Sort = ContentListSort.CreatedDescending,
                Skip = ids.Count,
                Take = ContentListQuery.MaxTake,
            }, cancellationToken);
            ids.AddRange(page.Items.Select(i => i.ContentItemId));
        }
        while (page.Items.Count > 0 && ids.Count < page.TotalCount);

        return ids;
    }
}
