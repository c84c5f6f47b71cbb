using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StemStl.Cms.IntegrationTests.GraphQL;
using StemStl.Cms.IntegrationTests.Infrastructure;

namespace StemStl.Cms.IntegrationTests.Admin;

public sealed class DefinitionsEditorPageTests(CmsFactory factory) : IClassFixture<CmsFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpClient> AdminAsync()
    {
        var browser = factory.Browser();
        await AssertSavedAsync(await browser.SignInAsync(CmsFactory.AdminUserName, CmsFactory.AdminPassword));
        return browser;
    }

    private static Task<HttpResponseMessage> CreateTypeAsync(HttpClient admin, string displayName, string name = "") =>
        admin.SubmitAsync("/admin/definitions/new", new Dictionary<string, string> { ["DisplayName"] = displayName, ["Name"] = name, ["Parts"] = "TitlePart" });

    private static Task<HttpResponseMessage> AddFieldAsync(HttpClient admin, string part, string label, string kind, string name = "") =>
        admin.SubmitAsync($"/admin/definitions/parts/{part}", new Dictionary<string, string>
        {
            ["DisplayName"] = part, ["NewField.DisplayName"] = label, ["NewField.Name"] = name, ["NewField.FieldName"] = kind,
        });

    private static async Task AssertSavedAsync(HttpResponseMessage response)
    {
        var errors = Regex.Matches(await response.Content.ReadAsStringAsync(), "class=\"field-error\"[^>]*>([^<]*)<").Select(m => m.Groups[1].Value);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {string.Join(" | ", errors)}");
    }

    private async Task<JsonObject> DefinitionsAsync()
    {
        using var api = await factory.AdminClientAsync();
        var response = await api.GetAsync("/api/definitions", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadObjectAsync();
    }

    private static JsonObject? Find(JsonObject definitions, string list, string name) =>
        definitions[list]!.AsArray().Select(n => n!.AsObject()).FirstOrDefault(t => t["name"]?.GetValue<string>() == name);

    [Fact]
    public async Task List_ShowsTypesWithTheirCountsAndTheParts()
    {
        using var admin = await AdminAsync();

        var page = await admin.GetStringAsync("/admin/definitions", Ct);

        Assert.Contains("href=\"/admin/definitions/types/Page\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/definitions/parts/Resource\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/definitions/new\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/definitions\"", await admin.GetStringAsync("/admin", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateType_AddFieldsAndPublish_ShowsInTheDefinitionsApiAndGraphQL()
    {
        using var admin = await AdminAsync();

        var created = await CreateTypeAsync(admin, "Career fair");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("/admin/definitions/types/CareerFair", created.Headers.Location!.OriginalString);
        await AssertSavedAsync(await AddFieldAsync(admin, "CareerFair", "Venue", "TextField"));
        await AssertSavedAsync(await AddFieldAsync(admin, "CareerFair", "Seats", "NumericField"));
        var fields = await admin.SubmitAsync("/admin/definitions/parts/CareerFair", new Dictionary<string, string>
        {
            ["DisplayName"] = "Career fair", ["Fields[0].Name"] = "Venue", ["Fields[0].FieldName"] = "TextField", ["Fields[0].DisplayName"] = "Venue",
            ["Fields[0].Position"] = "2", ["Fields[0].Settings.Required"] = "true", ["Fields[0].Settings.MaxLength"] = "80",
            ["Fields[1].Name"] = "Seats", ["Fields[1].FieldName"] = "NumericField", ["Fields[1].DisplayName"] = "Seats available",
            ["Fields[1].Position"] = "1", ["Fields[1].Settings.Maximum"] = "500",
        });
        await AssertSavedAsync(fields);

        var definitions = await DefinitionsAsync();
        var type = Find(definitions, "types", "CareerFair")!;
        Assert.Equal("Career fair", type["displayName"]!.GetValue<string>());
        Assert.Equal(["TitlePart", "CareerFair"], type["parts"]!.AsArray().Select(p => p!["partName"]!.GetValue<string>()));
        var part = Find(definitions, "parts", "CareerFair")!["fields"]!.AsArray();
        Assert.Equal(["Seats", "Venue"], part.Select(f => f!["name"]!.GetValue<string>()));
        Assert.Equal(500, part[0]!["settings"]!["Maximum"]!.GetValue<decimal>());
        Assert.True(part[1]!["settings"]!["Required"]!.GetValue<bool>());
        Assert.Equal(80, part[1]!["settings"]!["MaxLength"]!.GetValue<int>());

        using var api = await factory.AdminClientAsync();
        var item = new JsonObject
        {
            ["ContentType"] = "CareerFair",
            ["TitlePart"] = new JsonObject { ["Title"] = "Spring career fair" },
            ["CareerFair"] = new JsonObject { ["Venue"] = new JsonObject { ["Text"] = "Union Station" }, ["Seats"] = new JsonObject { ["Value"] = 120 } },
        };
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync("/api/content", item)).StatusCode);
        var (_, body) = await api.GraphQLAsync("{ careerFair { displayText venue { text } seats { value } } }");
        var fair = Assert.Single(body.Data("careerFair")!.AsArray())!;
        Assert.Equal("Spring career fair", fair["displayText"]!.GetValue<string>());
        Assert.Equal("Union Station", fair["venue"]!["text"]!.GetValue<string>());
        Assert.Contains("1 item", await admin.GetStringAsync("/admin/definitions/types/CareerFair", Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2fast", "is not a valid type name")]
    [InlineData("Query", "cannot be a content type name")]
    [InlineData("TextField", "field kind")]
    [InlineData("Page", "already exists")]
    public async Task CreateType_WithABadName_ShowsTheErrorNextToTheNameAndKeepsTheInput(string name, string message)
    {
        using var admin = await AdminAsync();
        var before = (await DefinitionsAsync())["hash"]!.GetValue<string>();

        var response = await CreateTypeAsync(admin, "Fast lane", name);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Matches($"id=\"Name-error\" class=\"field-error\">[^<]*{message}", page);
        Assert.Contains($"value=\"{name}\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Fast lane\"", page, StringComparison.Ordinal);
        Assert.Equal(before, (await DefinitionsAsync())["hash"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateType_WithoutADisplayName_IsRefusedNextToIt()
    {
        using var admin = await AdminAsync();

        var response = await CreateTypeAsync(admin, "", "Nameless");

        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Matches("id=\"DisplayName-error\" class=\"field-error\">Give the type a display name", page);
        Assert.Null(Find(await DefinitionsAsync(), "types", "Nameless"));
    }

    [Fact]
    public async Task FieldSettings_WithBadValues_AreRefusedNextToTheSettingAndKeepWhatWasTyped()
    {
        using var admin = await AdminAsync();
        await AssertSavedAsync(await CreateTypeAsync(admin, "Workshop"));
        await AssertSavedAsync(await AddFieldAsync(admin, "Workshop", "Room", "TextField"));
        var before = (await DefinitionsAsync())["hash"]!.GetValue<string>();

        var response = await admin.SubmitAsync("/admin/definitions/parts/Workshop", new Dictionary<string, string>
        {
            ["DisplayName"] = "Workshop", ["Fields[0].Name"] = "Room", ["Fields[0].FieldName"] = "TextField", ["Fields[0].DisplayName"] = "Room",
            ["Fields[0].Settings.MaxLength"] = "lots", ["Fields[0].Settings.Hint"] = "Which room",
        });
        var negative = await admin.SubmitAsync("/admin/definitions/parts/Workshop", new Dictionary<string, string>
        {
            ["DisplayName"] = "Workshop", ["Fields[0].Name"] = "Room", ["Fields[0].FieldName"] = "TextField", ["Fields[0].DisplayName"] = "Room",
            ["Fields[0].Settings.MaxLength"] = "-3",
        });

        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Matches("id=\"Fields_0__Settings_MaxLength-error\" class=\"field-error\">[^<]*lots[^<]* is not a whole number", page);
        Assert.Contains("value=\"lots\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Which room\"", page, StringComparison.Ordinal);
        var negativePage = await negative.Content.ReadAsStringAsync(Ct);
        Assert.True(Regex.IsMatch(negativePage, "id=\"Fields_0__Settings_MaxLength-error\" class=\"field-error\">[^<]*MaxLength must be a positive number"), negativePage[negativePage.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.Equal(before, (await DefinitionsAsync())["hash"]!.GetValue<string>());
    }

    [Fact]
    public async Task NewField_WithAnInvalidNameOrNoKind_IsRefusedNextToThoseInputs()
    {
        using var admin = await AdminAsync();
        await AssertSavedAsync(await CreateTypeAsync(admin, "Club meeting"));

        var badName = await AddFieldAsync(admin, "ClubMeeting", "Agenda", "MarkdownField", name: "agenda items");
        var noKind = await AddFieldAsync(admin, "ClubMeeting", "Agenda", "");

        var page = await badName.Content.ReadAsStringAsync(Ct);
        Assert.Matches("id=\"NewField_Name-error\" class=\"field-error\">[^<]*is not a valid field name", page);
        Assert.Contains("value=\"agenda items\"", page, StringComparison.Ordinal);
        Assert.Matches("id=\"NewField_FieldName-error\" class=\"field-error\">Choose what kind of field", await noKind.Content.ReadAsStringAsync(Ct));
        Assert.Null(Find(await DefinitionsAsync(), "parts", "ClubMeeting"));
    }

    [Fact]
    public async Task EditType_ChangesSettingsAndDetachesAPart()
    {
        using var admin = await AdminAsync();
        await AssertSavedAsync(await admin.SubmitAsync("/admin/definitions/new", new Dictionary<string, string>
        {
            ["DisplayName"] = "Bulletin", ["Parts"] = "TitlePart",
        }));
        await admin.SubmitAsync("/admin/definitions/types/Bulletin?handler=Save", new Dictionary<string, string>
        {
            ["Form.DisplayName"] = "Bulletin", ["Form.Creatable"] = "true", ["AddPart"] = "AutoroutePart",
        }, getUrl: "/admin/definitions/types/Bulletin");

        var saved = await admin.SubmitAsync("/admin/definitions/types/Bulletin?handler=Save", new Dictionary<string, string>
        {
            ["Form.DisplayName"] = "Weekly bulletin", ["Form.Listable"] = "true", ["Form.ApiVisible"] = "true",
            ["Rows[0].Name"] = "TitlePart", ["Rows[0].PartName"] = "TitlePart", ["Rows[0].Position"] = "2",
            ["Rows[1].Name"] = "AutoroutePart", ["Rows[1].PartName"] = "AutoroutePart", ["Rows[1].Position"] = "1",
            ["Rows[1].Settings.Pattern"] = "bulletins/{{ DisplayText }}",
        }, getUrl: "/admin/definitions/types/Bulletin");

        await AssertSavedAsync(saved);
        var type = Find(await DefinitionsAsync(), "types", "Bulletin")!;
        Assert.Equal("Weekly bulletin", type["displayName"]!.GetValue<string>());
        Assert.False(type["settings"]!["creatable"]!.GetValue<bool>());
        Assert.True(type["settings"]!["apiVisible"]!.GetValue<bool>());
        Assert.Equal(["AutoroutePart", "TitlePart"], type["parts"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal("bulletins/{{ DisplayText }}", type["parts"]![0]!["settings"]!["Pattern"]!.GetValue<string>());

        var detached = await admin.SubmitAsync("/admin/definitions/types/Bulletin?handler=Save", new Dictionary<string, string>
        {
            ["Form.DisplayName"] = "Weekly bulletin",
            ["Rows[0].Name"] = "AutoroutePart", ["Rows[0].PartName"] = "AutoroutePart", ["Rows[0].Remove"] = "true",
            ["Rows[1].Name"] = "TitlePart", ["Rows[1].PartName"] = "TitlePart",
        }, getUrl: "/admin/definitions/types/Bulletin");
        await AssertSavedAsync(detached);
        Assert.Equal(["TitlePart"], Find(await DefinitionsAsync(), "types", "Bulletin")!["parts"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task DeleteType_WithItems_IsRefusedUntilTheItemsAreDeletedToo()
    {
        using var admin = await AdminAsync();
        await AssertSavedAsync(await CreateTypeAsync(admin, "Notice board"));
        using var api = await factory.AdminClientAsync();
        var item = new JsonObject { ["ContentType"] = "NoticeBoard", ["TitlePart"] = new JsonObject { ["Title"] = "Lobby" } };
        Assert.Equal(HttpStatusCode.Created, (await api.PostJsonAsync("/api/content", item)).StatusCode);
        const string Url = "/admin/definitions/types/NoticeBoard?handler=Delete";

        var refused = await admin.SubmitAsync(Url, new Dictionary<string, string>(), getUrl: "/admin/definitions/types/NoticeBoard");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("id=\"Delete-error\" class=\"field-error\" role=\"alert\">1 item of Notice board exists, so the type was not deleted", await refused.Content.ReadAsStringAsync(Ct));
        Assert.NotNull(Find(await DefinitionsAsync(), "types", "NoticeBoard"));

        var deleted = await admin.SubmitAsync(Url, new Dictionary<string, string> { ["DeleteItems"] = "true" }, getUrl: "/admin/definitions/types/NoticeBoard");
        await AssertSavedAsync(deleted);
        Assert.Null(Find(await DefinitionsAsync(), "types", "NoticeBoard"));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/admin/definitions/types/NoticeBoard", Ct)).StatusCode);
    }

    [Fact]
    public async Task Definitions_ForAnonymousAndEditors_AreDenied()
    {
        await factory.CreateUserAsync("defs-editor", "Defs-Editor-Password-2026", "Editor");
        using var editor = factory.Browser();
        await AssertSavedAsync(await editor.SignInAsync("defs-editor", "Defs-Editor-Password-2026"));
        using var anonymous = factory.Browser();

        foreach (var url in new[] { "/admin/definitions", "/admin/definitions/new", "/admin/definitions/types/Page", "/admin/definitions/parts/Resource" })
        {
            Assert.StartsWith("/admin/login", (await anonymous.GetAsync(url, Ct)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.StartsWith("/admin/denied", (await editor.GetAsync(url, Ct)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        var post = await editor.PostAsync("/admin/definitions/new", new FormUrlEncodedContent([KeyValuePair.Create("DisplayName", "Sneaky")]), Ct);
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        using var editorApi = await factory.SignedInClientAsync("defs-editor", "Defs-Editor-Password-2026");
        Assert.Equal(HttpStatusCode.Forbidden, (await editorApi.GetAsync("/api/definitions", Ct)).StatusCode);
        using var anonymousApi = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymousApi.GetAsync("/api/definitions", Ct)).StatusCode);
        Assert.Null(Find(await DefinitionsAsync(), "types", "Sneaky"));
    }

    [Fact]
    public async Task Posts_WithoutTheAntiforgeryToken_AreRejected()
    {
        using var admin = await AdminAsync();

        var response = await admin.PostAsync("/admin/definitions/new", new FormUrlEncodedContent([KeyValuePair.Create("DisplayName", "Forged")]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(Find(await DefinitionsAsync(), "types", "Forged"));
    }
}
