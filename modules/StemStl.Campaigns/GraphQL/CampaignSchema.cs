using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Campaigns.Active;
using StemStl.Cms.Content;
using StemStl.Cms.GraphQL;

namespace StemStl.Campaigns.GraphQL;

/// <summary>
/// <c>activeCampaigns(at: DateTime!, status: PUBLISHED | LATEST): [Campaign!]!</c> on the query root. Versions are read
/// through <see cref="IGraphQLContentReader"/>, so what the caller may not see is left out: drafts appear only to callers
/// who may preview them. <c>at</c> is required rather than "now": a query's answer must follow from its text, since the
/// response cache keys on it.
/// </summary>
internal sealed class CampaignSchema : IGraphQLSchemaContributor
{
    public void Contribute(GraphQLSchemaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TypeOf(CampaignModel.Type) is not { } campaign)
        {
            return;
        }

        var version = new EnumerationGraphType
        {
            Name = "CampaignVersion",
            Description = "Which version of each campaign activeCampaigns reads: drafts need the Preview permission.",
        };
        version.Add("PUBLISHED", VersionOptions.Published, "The published version.");
        version.Add("LATEST", VersionOptions.Latest, "The draft where the caller may preview it, else the published version.");

        context.Query.AddField(new FieldType
        {
            Name = "activeCampaigns",
            Description = "The campaigns running at `at` (from their start, inclusive, to their end, exclusive) that the caller may see, soonest start first.",
            Arguments = new QueryArguments(
                new QueryArgument(new NonNullGraphType(new DateTimeGraphType())) { Name = "at", Description = "The instant, ISO-8601, e.g. 2027-04-14T15:00:00Z." },
                new QueryArgument(version) { Name = "status", DefaultValue = VersionOptions.Published, Description = "PUBLISHED (the default) or LATEST." }),
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(campaign))),
            Resolver = new FuncFieldResolver<object?>(async c => await ResolveAsync(c)),
        });
    }

    private static async Task<IReadOnlyList<ContentItem>> ResolveAsync(IResolveFieldContext context)
    {
        var at = Utc(context.GetArgument<DateTime>("at"));
        var latest = context.GetArgument("status", VersionOptions.Published) == VersionOptions.Latest;
        var services = context.RequestServices!;
        var reader = services.GetRequiredService<IGraphQLContentReader>();
        var entries = await services.GetRequiredService<CampaignCatalog>().AllAsync(context.CancellationToken);

        var published = await reader.Related(context, CampaignCatalog.WithPublishedVersion(entries)).GetResultAsync(context.CancellationToken);
        var drafts = new List<ContentItem>();
        if (latest)
        {
            foreach (var id in CampaignCatalog.WithDraft(entries))
            {
                if (await reader.GetAsync(context, id, VersionOptions.Latest) is { } draft)
                {
                    drafts.Add(draft);
                }
            }
        }

        return CampaignCatalog.RunningAt(published, drafts, at);
    }

    // GraphQL.NET reads an instant with an offset as UTC or local time, and one without as unspecified; the API's instants are UTC.
    private static DateTimeOffset Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero),
        _ => new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero),
    };
}
