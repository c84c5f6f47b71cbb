using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace StemStl.Cms.IntegrationTests.Jobs;

/// <summary>Waits for jobs over the API and uploads files through the admin's multipart forms.</summary>
internal static partial class JobsHttp
{
    /// <summary>Polls <c>GET /api/jobs/{id}</c> until the job has ended, or fails after a minute.</summary>
    public static async Task<JsonObject> WaitForEndAsync(this HttpClient client, string id)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            var response = await client.GetAsync(new Uri($"/api/jobs/{id}", UriKind.Relative), timeout.Token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var job = (await response.Content.ReadFromJsonAsync<JsonObject>(timeout.Token))!;
            if (job["state"]!.GetValue<string>() is "Succeeded" or "Failed" or "Cancelled")
            {
                return job;
            }

            await Task.Delay(50, timeout.Token);
        }
    }

    /// <summary>The job id in a redirect to <c>/admin/jobs/{id}</c>.</summary>
    public static string JobIdOf(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!.OriginalString;
        Assert.StartsWith("/admin/jobs/", location, StringComparison.Ordinal);
        return location["/admin/jobs/".Length..];
    }

    /// <summary>GETs <paramref name="page"/> for its antiforgery token, then posts one file as <paramref name="field"/> to <paramref name="url"/>.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string page, string url, string field, string fileName, string content)
    {
        var html = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var token = AntiforgeryToken().Match(html);
        Assert.True(token.Success, $"{page} has no antiforgery token");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(token.Groups[1].Value)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        form.Add(file, field, fileName);
        return await client.PostAsync(new Uri(url, UriKind.Relative), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
