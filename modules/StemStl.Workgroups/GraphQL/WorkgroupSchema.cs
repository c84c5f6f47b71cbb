using System.Security.Claims;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.GraphQL;
using StemStl.Cms.Security;

namespace StemStl.Workgroups.GraphQL;

/// <summary>
/// <c>workgroup { pages members { displayName } chairs { displayName } }</c> and <c>workgroupPage { workgroupItem }</c>.
/// Pages and the page's workgroup are read through <see cref="IGraphQLContentReader"/>, so they are authorized and batched.
/// People are named only to people signed in to the hub; anonymous callers and API tokens (the front-end sites) get
/// empty lists: names are not published content, and responses to tokens may be cached where no membership change
/// would refresh them.
/// </summary>
internal sealed class WorkgroupSchema : IGraphQLSchemaContributor
{
    public void Contribute(GraphQLSchemaContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TypeOf(WorkgroupModel.WorkgroupType) is not { } workgroup)
        {
            return;
        }

        var page = context.TypeOf(WorkgroupModel.PageType);
        if (page is not null)
        {
            workgroup.AddField(new FieldType
            {
                Name = "pages",
                Description = "The workgroup's published pages that the caller may see, in their order.",
                ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(page))),
                Resolver = new FuncFieldResolver<object?>(c => c.Source is ContentItem item
                    ? new MappedResult<IReadOnlyList<ContentItem>, IReadOnlyList<ContentItem>>(
                        Reader(c).Referencing(c, WorkgroupModel.PageType, WorkgroupModel.PageWorkgroupPath, item.ContentItemId),
                        pages => [.. pages.OrderBy(WorkgroupModel.OrderOfPage).ThenBy(p => p.DisplayText, StringComparer.OrdinalIgnoreCase)])
                    : null),
            });

            page.AddField(new FieldType
            {
                Name = "workgroupItem",
                Description = "The workgroup the page belongs to, when the caller may see it.",
                ResolvedType = workgroup,
                Resolver = new FuncFieldResolver<object?>(c => c.Source is ContentItem item && WorkgroupModel.WorkgroupOfPage(item) is { } id
                    ? new MappedResult<IReadOnlyList<ContentItem>, ContentItem?>(Reader(c).Related(c, [id]), items => items.Count > 0 ? items[0] : null)
                    : null),
            });
        }

        var person = new ObjectGraphType { Name = "WorkgroupPerson", Description = "A member or chair of a workgroup." };
        person.AddField(new FieldType
        {
            Name = "displayName",
            ResolvedType = new NonNullGraphType(new StringGraphType()),
            Resolver = new FuncFieldResolver<UserSummary, string>(c => c.Source.DisplayName),
        });
        workgroup.AddField(People("members", "The workgroup's members who are not chairs, by name; empty unless the caller is a signed-in person.", WorkgroupRole.Member, person));
        workgroup.AddField(People("chairs", "The workgroup's chairs, by name; empty unless the caller is a signed-in person.", WorkgroupRole.Chair, person));
    }

    private static FieldType People(string name, string description, WorkgroupRole role, ObjectGraphType person) => new()
    {
        Name = name,
        Description = description,
        ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(person))),
        Resolver = new FuncFieldResolver<object?>(async c =>
            c.Source is ContentItem item && IsSignedInPerson(c.User)
                ? await c.RequestServices!.GetRequiredService<WorkgroupPeople>().GetAsync(item.ContentItemId, role, c.CancellationToken)
                : Array.Empty<UserSummary>()),
    };

    // The editors' cookie is the only way a person signs in; tokens and OAuth clients authenticate under other schemes.
    private static bool IsSignedInPerson(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, AuthenticationType: var scheme } && scheme == IdentityConstants.ApplicationScheme;

    private static IGraphQLContentReader Reader(IResolveFieldContext context) =>
        context.RequestServices!.GetRequiredService<IGraphQLContentReader>();
}
