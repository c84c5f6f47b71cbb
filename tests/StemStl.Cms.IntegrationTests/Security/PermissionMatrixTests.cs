using System.Net;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Security;

/// <summary>Runs every case of <see cref="PermissionMatrix"/> over HTTP: allowed cases succeed, denied ones are 403 or 404 and change nothing.</summary>
public sealed class PermissionMatrixTests(PermissionMatrixSite site) : IClassFixture<PermissionMatrixSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, MatrixAction, MatrixItem, MatrixPath> Cases => PermissionMatrix.Cases();

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Case(string role, MatrixAction action, MatrixItem item, MatrixPath path)
    {
        var allowed = PermissionMatrix.Allows(role, action, item);
        var client = site.Client(role);
        if (path == MatrixPath.Search)
        {
            var (found, hits) = await new PermissionMatrixSearch(site).RunAsync(client, role, action, item);
            Assert.True(found == allowed, $"{role} should {(allowed ? "" : "not ")}find {item} in search ({action}): {hits}");
            return;
        }

        if (path != MatrixPath.Rest)
        {
            var (done, detail, untouched) = await new PermissionMatrixGraphQL(site).RunAsync(client, role, action, item, path);
            Assert.True(done == allowed, $"{role} should {(allowed ? "" : "not ")}be able to {action} {item} over {path}: {detail}");
            Assert.True(allowed || await untouched(), $"{role}'s refused {action} on {item} over {path} changed the stored item");
            return;
        }

        var (response, unchanged) = action switch
        {
            MatrixAction.View => await ReadAsync(client, role, item, published: true, ""),
            MatrixAction.Preview => await ReadAsync(client, role, item, published: false, "?status=latest"),
            MatrixAction.Edit => await EditAsync(client, role, item),
            MatrixAction.Publish => await PublishAsync(client, role, item),
            MatrixAction.Delete => await DeleteAsync(client, role, item),
            _ => await CreateAsync(client, item),
        };

        if (allowed)
        {
            Assert.True(response.IsSuccessStatusCode, $"{role} should be allowed to {action} {item}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
        }
        else
        {
            // Writes need a signed-in caller before any item is looked up, so anonymous callers get 401 and learn nothing.
            // A signed-in caller who may not see the item learns nothing about it (404); one who may see it is told no (403).
            var expected = role == "Anonymous" && action is not (MatrixAction.View or MatrixAction.Preview) ? HttpStatusCode.Unauthorized
                : action is MatrixAction.View or MatrixAction.Preview || PermissionMatrix.HidesItem(role, action, item) ? HttpStatusCode.NotFound
                : HttpStatusCode.Forbidden;
            Assert.True(response.StatusCode == expected, $"{role} should be denied {action} on {item} with {(int)expected}, got {(int)response.StatusCode}");
            Assert.True(await unchanged(), $"{role}'s refused {action} on {item} changed the stored item");
        }
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> ReadAsync(HttpClient client, string role, MatrixItem item, bool published, string query)
    {
        var id = await site.ArrangeAsync(role, item, published);
        return (await client.GetAsync($"/api/content/{id}{query}", Ct), () => Task.FromResult(true));
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> EditAsync(HttpClient client, string role, MatrixItem item)
    {
        var id = await site.ArrangeAsync(role, item, published: true);
        var before = await site.LatestAsync(id);
        var response = await client.PostJsonAsync($"/api/content/{id}?draft=true", PermissionMatrixSite.Edit("Changed by the matrix", before!.ContentItemVersionId));
        return (response, async () => (await site.LatestAsync(id))!.ContentItemVersionId == before.ContentItemVersionId);
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> PublishAsync(HttpClient client, string role, MatrixItem item)
    {
        var id = await site.ArrangeAsync(role, item, published: false);
        var response = await client.PostAsync($"/api/content/{id}/publish", null, Ct);
        return (response, async () => (await site.LatestAsync(id))!.Published == false);
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> DeleteAsync(HttpClient client, string role, MatrixItem item)
    {
        var id = await site.ArrangeAsync(role, item, published: true);
        var response = await client.DeleteAsync($"/api/content/{id}", Ct);
        return (response, async () => await site.LatestAsync(id) is not null);
    }

    private async Task<(HttpResponseMessage, Func<Task<bool>>)> CreateAsync(HttpClient client, MatrixItem item)
    {
        var id = site.PlaceNew(item);
        var body = Json.Page("Created by the matrix", id: id);
        var response = await client.PostJsonAsync("/api/content?draft=true", body);
        return (response, async () => await site.LatestAsync(id) is null);
    }
}
