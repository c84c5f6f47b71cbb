using System.Security.Claims;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using StemStl.Cms.Content;
using StemStl.Cms.Data;
using StemStl.Cms.IntegrationTests.Infrastructure;
using StemStl.Cms.Security;

namespace StemStl.Cms.IntegrationTests.GraphQL;

/// <summary>
/// <c>termContentItems</c> on the setup recipe's resources: terms live inside their taxonomy item, not as items of their
/// own, so they come from the taxonomy, loaded like any relation (batched, and only when the caller may see it).
/// </summary>
public sealed class GraphQLTaxonomyTermTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private const string FirstSample = "resource-sample-0000000001";

    private const string ListQuery = """
        query ($first: Int) {
          resource(first: $first) {
            contentItemId
            subjects { termContentItems { displayText } }
            gradeBands { termContentItems { displayText } }
          }
        }
        """;

    [Fact]
    public async Task TermContentItems_AreThePickedTerms_NestedOnesToo_TypedAndInTheFieldsOrder()
    {
        var physics = "subject-physics-" + Guid.NewGuid().ToString("N");
        await ChangeAsync("taxonomy-subjects", taxonomy =>
        {
            var science = taxonomy.Part("TaxonomyPart")["Terms"]!.AsArray().Single(t => t!["ContentItemId"]!.GetValue<string>() == "subject-science")!;
            science["Terms"] = new JsonArray(new JsonObject { ["ContentItemId"] = physics, ["ContentType"] = "Subject", ["TitlePart"] = new JsonObject { ["Title"] = "Physics" } });
        });
        const string Resource = "resource-sample-0000000002";
        await ChangeAsync(Resource, resource =>
            resource.Part("Resource")["Subjects"] = new JsonObject { ["TermContentItemIds"] = new JsonArray("subject-mathematics", physics, "subject-science") });
        using var anonymous = factory.CreateClient();

        var (_, body) = await anonymous.GraphQLAsync("""
            query ($id: ID!) {
              contentItem(contentItemId: $id) {
                ... on Resource {
                  subjects {
                    taxonomyContentItemId
                    termContentItems { __typename contentItemId contentType displayText published ... on Subject { titlePart { title } } }
                  }
                  subjectTerms { contentItemId displayText }
                }
              }
            }
            """, new JsonObject { ["id"] = Resource });

        Assert.True(body["errors"] is null, body.ToJsonString());
        var subjects = body.Data("contentItem")!["subjects"]!;
        Assert.Equal("taxonomy-subjects", subjects["taxonomyContentItemId"]!.GetValue<string>());
        var terms = subjects["termContentItems"]!.AsArray();
        Assert.Equal(["subject-mathematics", physics, "subject-science"], terms.Select(t => t!["contentItemId"]!.GetValue<string>()));
        Assert.Equal(["Mathematics", "Physics", "Science"], terms.Select(t => t!["displayText"]!.GetValue<string>()));
        Assert.All(terms, t => Assert.Equal("Subject", t!["__typename"]!.GetValue<string>()));
        Assert.All(terms, t => Assert.Equal("Subject", t!["contentType"]!.GetValue<string>()));
        Assert.All(terms, t => Assert.True(t!["published"]!.GetValue<bool>()));
        Assert.Equal("Physics", terms[1]!["titlePart"]!["title"]!.GetValue<string>());

        // The Resources module's own term fields read through the same path.
        var moduleTerms = body.Data("contentItem")!["subjectTerms"]!.AsArray();
        Assert.Equal(["Mathematics", "Physics", "Science"], moduleTerms.Select(t => t!["displayText"]!.GetValue<string>()));
    }

    [Fact]
    public async Task TermContentItems_OfAWholeList_LoadTheTaxonomiesOnce_WhateverTheNumberOfItems()
    {
        // Once unmeasured, so process-wide caches filled on first use (schema, role permissions) do not count.
        await ProbeAsync(ListQuery, 2);
        var (one, oneCommands) = await ProbeAsync(ListQuery, 1);
        var (all, allCommands) = await ProbeAsync(ListQuery, 50);
        var (_, withoutTermsCommands) = await ProbeAsync(ListQuery.Replace("termContentItems { displayText }", "termContentItemIds", StringComparison.Ordinal), 49);

        Assert.Single(one.AsArray());
        Assert.True(all.AsArray().Count >= 4, all.ToJsonString());
        var first = all.AsArray().Single(r => r!["contentItemId"]!.GetValue<string>() == FirstSample)!;
        Assert.Equal(["Science", "Technology", "Engineering", "Mathematics"], first["subjects"]!["termContentItems"]!.AsArray().Select(t => t!["displayText"]!.GetValue<string>()));
        Assert.Equal(["Adult"], first["gradeBands"]!["termContentItems"]!.AsArray().Select(t => t!["displayText"]!.GetValue<string>()));
        Assert.True(allCommands.Count == oneCommands.Count, $"1 resource: {oneCommands.Count} commands, all: {allCommands.Count}:\n{string.Join("\n---\n", allCommands)}");

        // Both taxonomies of every resource come in one command, whatever the number of resources and fields.
        Assert.True(allCommands.Count == withoutTermsCommands.Count + 1, $"with terms: {allCommands.Count} commands, without: {withoutTermsCommands.Count}:\n{string.Join("\n---\n", allCommands)}");
    }

    [Fact]
    public async Task TermContentItems_AreEmpty_ForACallerWhoMayNotSeeTheTaxonomy()
    {
        // Anonymous callers keep View on resources only, so they see the resource and its term ids but not the taxonomy.
        await ChangeAnonymousAsync(revoke: true);
        try
        {
            using var anonymous = factory.CreateClient();
            using var admin = await factory.AdminClientAsync();
            const string Query = "query ($id: ID!) { contentItem(contentItemId: $id) { displayText ... on Resource { subjects { termContentItemIds termContentItems { contentItemId displayText } } } } }";

            var (_, hidden) = await anonymous.GraphQLAsync(Query, new JsonObject { ["id"] = FirstSample });
            var (_, shown) = await admin.GraphQLAsync(Query, new JsonObject { ["id"] = FirstSample });

            Assert.True(hidden["errors"] is null, hidden.ToJsonString());
            var subjects = hidden.Data("contentItem")!["subjects"]!;
            Assert.Equal(4, subjects["termContentItemIds"]!.AsArray().Count);
            Assert.Empty(subjects["termContentItems"]!.AsArray());
            Assert.Equal(4, shown.Data("contentItem")!["subjects"]!["termContentItems"]!.AsArray().Count);
        }
        finally
        {
            await ChangeAnonymousAsync(revoke: false);
        }
    }

    private async Task ChangeAnonymousAsync(bool revoke) => await factory.InScopeAsync(async services =>
    {
        var roles = services.GetRequiredService<RoleManager<CmsRole>>();
        var role = (await roles.FindByNameAsync("Anonymous"))!;
        var all = new Claim(Permission.ClaimType, ContentPermissions.ViewContent.Name);
        var resources = new Claim(Permission.ClaimType, ContentPermissions.ForType(ContentPermissions.ViewContent, "Resource").Name);
        var (remove, add) = revoke ? (all, resources) : (resources, all);
        Assert.True((await roles.RemoveClaimAsync(role, remove)).Succeeded);
        Assert.True((await roles.AddClaimAsync(role, add)).Succeeded);
        return true;
    });

    private async Task ChangeAsync(string contentItemId, Action<ContentItem> change) => await factory.InScopeAsync(async services =>
    {
        var content = services.GetRequiredService<IContentManager>();
        var item = (await content.GetAsync(contentItemId, VersionOptions.Latest))!;
        change(item);
        var result = await content.UpdateAsync(item);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return true;
    });

    private async Task<(JsonNode Data, IReadOnlyList<string> Commands)> ProbeAsync(string query, int first)
    {
        var (body, commands) = await factory.ProbeSqlAsync(query, new JsonObject { ["first"] = first });
        return (body.Data("resource")!, commands);
    }
}
