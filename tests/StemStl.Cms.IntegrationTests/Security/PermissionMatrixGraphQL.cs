using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.GraphQL;

namespace StemStl.Cms.IntegrationTests.Security;

/// <summary>
/// The GraphQL columns of the permission matrix: each case's read or change sent as a GraphQL document. A read is
/// allowed when the item comes back; through a connection the total must agree, so nothing leaks through a count.
/// </summary>
internal sealed class PermissionMatrixGraphQL(PermissionMatrixSite site)
{
    /// <summary>Runs the case; returns whether it was allowed, and a check that a refused change left the item as it was.</summary>
    public async Task<(bool Allowed, string Detail, Func<Task<bool>> Unchanged)> RunAsync(HttpClient client, string role, MatrixAction action, MatrixItem item, MatrixPath path)
    {
        var unchanged = () => Task.FromResult(true);
        switch (action, path)
        {
            case (MatrixAction.View or MatrixAction.Preview, MatrixPath.GraphQLSingle):
            {
                var id = await site.ArrangeAsync(role, item, published: action == MatrixAction.View);
                var (_, body) = await client.GraphQLAsync("query ($id: ID!, $s: Status) { contentItem(contentItemId: $id, status: $s) { contentItemId } }", Variables(id, action));
                return (body.Data("contentItem")?["contentItemId"]?.GetValue<string>() == id, body.ToJsonString(), unchanged);
            }

            case (MatrixAction.View or MatrixAction.Preview, MatrixPath.GraphQLList):
            {
                var id = await site.ArrangeAsync(role, item, published: action == MatrixAction.View);
                var (_, body) = await client.GraphQLAsync(
                    "query ($id: ID!, $s: Status) { pageConnection(status: $s, where: { contentItemId: $id }) { totalCount items { contentItemId } } }", Variables(id, action));
                var page = body.Data("pageConnection");
                var total = page?["totalCount"]?.GetValue<int>() ?? 0;
                var listed = page?["items"]?.AsArray().Any(i => i!["contentItemId"]!.GetValue<string>() == id) ?? false;
                Assert.True(total == (listed ? 1 : 0), $"the total ({total}) disagrees with the page ({listed}): {body.ToJsonString()}");
                return (listed, body.ToJsonString(), unchanged);
            }

            case (MatrixAction.View, MatrixPath.GraphQLRelation):
            {
                var id = await site.ArrangeAsync(role, item, published: true);
                var host = await site.ArrangeRelatedAsync(id);
                var (_, body) = await client.GraphQLAsync(
                    "query ($id: ID!) { contentItem(contentItemId: $id) { ... on Page { related { contentItems { contentItemId } } } } }", new JsonObject { ["id"] = host });
                var related = body.Data("contentItem")?["related"]?["contentItems"]?.AsArray() ?? [];
                return (related.Any(r => r!["contentItemId"]!.GetValue<string>() == id), body.ToJsonString(), unchanged);
            }

            case (_, MatrixPath.GraphQLMutation):
                return await MutateAsync(client, role, action, item);

            default:
                throw new InvalidOperationException($"no GraphQL case for {action} over {path}");
        }
    }

    private async Task<(bool, string, Func<Task<bool>>)> MutateAsync(HttpClient client, string role, MatrixAction action, MatrixItem item)
    {
        if (action == MatrixAction.Create)
        {
            var newId = site.PlaceNew(item);
            var (_, created) = await client.GraphQLAsync(
                "mutation ($id: ID!, $title: String) { createPage(contentItemId: $id, draft: true, input: { titlePart: { title: $title } }) { contentItemId } }",
                new JsonObject { ["id"] = newId, ["title"] = "Created by the matrix " + newId });
            return (Succeeded(created, "createPage", "FORBIDDEN"), created.ToJsonString(), async () => await site.LatestAsync(newId) is null);
        }

        var id = await site.ArrangeAsync(role, item, published: action != MatrixAction.Publish);
        var before = (await site.LatestAsync(id))!;
        var (document, field) = action switch
        {
            MatrixAction.Edit => ("mutation ($id: ID!, $v: ID!) { updatePage(contentItemId: $id, contentItemVersionId: $v, draft: true, input: { titlePart: { title: \"Changed by the matrix\" } }) { contentItemId } }", "updatePage"),
            MatrixAction.Publish => ("mutation ($id: ID!) { publishPage(contentItemId: $id) { contentItemId } }", "publishPage"),
            _ => ("mutation ($id: ID!) { deletePage(contentItemId: $id) }", "deletePage"),
        };
        var variables = new JsonObject { ["id"] = id };
        if (action == MatrixAction.Edit)
        {
            variables["v"] = before.ContentItemVersionId;
        }

        var (_, body) = await client.GraphQLAsync(document, variables);
        return (Succeeded(body, field, PermissionMatrix.HidesItem(role, action, item) ? "NOT_FOUND" : "FORBIDDEN"), body.ToJsonString(), async () =>
        {
            var after = await site.LatestAsync(id);
            return after is not null && after.ContentItemVersionId == before.ContentItemVersionId && after.Published == before.Published;
        });
    }

    /// <summary>A change succeeded when its field came back without errors; a refusal must carry <paramref name="refusal"/>.</summary>
    private static bool Succeeded(JsonObject body, string field, string refusal)
    {
        if (body["errors"] is JsonArray { Count: > 0 } errors)
        {
            var code = errors[0]!["extensions"]?["code"]?.GetValue<string>();
            Assert.True(code == refusal, $"a refused {field} should say {refusal}: {body.ToJsonString()}");
            return false;
        }

        return body.Data(field) is not null;
    }

    private static JsonObject Variables(string id, MatrixAction action) => new()
    {
        ["id"] = id,
        ["s"] = action == MatrixAction.View ? "PUBLISHED" : "LATEST",
    };
}
