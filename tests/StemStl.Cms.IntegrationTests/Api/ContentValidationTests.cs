using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Api;

/// <summary>Each bad write answers 400 with errors keyed by field path, and stores nothing.</summary>
public sealed class ContentValidationTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    [Fact]
    public async Task UnknownType_IsRefusedWithASuggestion()
    {
        var problem = await RefusedAsync(new JsonObject { ["ContentType"] = "Workgrop", ["TitlePart"] = new JsonObject { ["Title"] = "x" } });

        var message = problem["errors"]!["ContentType"]![0]!.GetValue<string>();
        Assert.Contains("'Workgrop'", message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Workgroup'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPart_IsKeyedByThePartName()
    {
        var body = Json.Page("Unknown part");
        body["BogusPart"] = new JsonObject { ["Value"] = 1 };

        var problem = await RefusedAsync(body);

        Assert.Contains("BogusPart", Json.ErrorKeys(problem));
    }

    [Fact]
    public async Task UnknownField_IsKeyedByPartAndField()
    {
        var problem = await RefusedAsync(Workgroup(new JsonObject
        {
            ["Focus"] = new JsonObject { ["Markdown"] = "Real focus" },
            ["Bogus"] = new JsonObject { ["Text"] = "no such field" },
        }));

        Assert.Contains("Workgroup.Bogus", Json.ErrorKeys(problem));
    }

    [Fact]
    public async Task WrongJsonType_IsKeyedByTheFieldPath()
    {
        var problem = await RefusedAsync(Workgroup(new JsonObject { ["Focus"] = new JsonObject { ["Markdown"] = 42 } }));

        Assert.Contains(Json.ErrorKeys(problem), k => k.StartsWith("Workgroup.Focus", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingRequiredField_IsKeyedByTheFieldPath()
    {
        var problem = await RefusedAsync(Workgroup(new JsonObject()));

        Assert.Contains(Json.ErrorKeys(problem), k => k.StartsWith("Workgroup.Focus", StringComparison.Ordinal));
        Assert.Contains("required", problem["codes"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DuplicateAutoroutePath_IsKeyedByThePath()
    {
        var problem = await RefusedAsync(Json.Page("Copycat", "workgroups/centralizing-communications"));

        Assert.Contains(Json.ErrorKeys(problem), k => k.StartsWith("AutoroutePart", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PartThatIsNotAnObject_IsKeyedByThePartName()
    {
        var body = Json.Page("Flat title");
        body["TitlePart"] = "just a string";

        var problem = await RefusedAsync(body);

        Assert.Contains("TitlePart", Json.ErrorKeys(problem));
    }

    [Fact]
    public async Task BodyThatIsNotJson_IsA400ProblemSayingWhere()
    {
        using var admin = await factory.AdminClientAsync();

        var response = await admin.PostAsync("/api/content", new StringContent("{\"ContentType\": \"Page\", oops}", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Contains("not valid JSON", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(problem["line"]);
    }

    [Fact]
    public async Task BodyThatIsAnArray_IsA400Problem()
    {
        using var admin = await factory.AdminClientAsync();

        var response = await admin.PostAsync("/api/content", new StringContent("[1, 2]", Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("JSON object", (await response.ReadObjectAsync())["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static JsonObject Workgroup(JsonObject fields) => new()
    {
        ["ContentType"] = "Workgroup",
        ["TitlePart"] = new JsonObject { ["Title"] = $"Workgroup {Guid.NewGuid():N}" },
        ["AutoroutePart"] = new JsonObject { ["Path"] = $"workgroups/{Guid.NewGuid():N}" },
        ["Workgroup"] = fields,
    };

    /// <summary>Posts the body under a fresh id, expects a 400 ValidationProblem, and checks nothing was stored.</summary>
    private async Task<JsonObject> RefusedAsync(JsonObject body)
    {
        using var admin = await factory.AdminClientAsync();
        var id = $"bad{Guid.NewGuid():N}"[..26];
        body["ContentItemId"] = id;

        var response = await admin.PostJsonAsync("/api/content", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadObjectAsync();
        Assert.NotEmpty(Json.ErrorKeys(problem));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/content/{id}?status=latest")).StatusCode);
        return problem;
    }
}
