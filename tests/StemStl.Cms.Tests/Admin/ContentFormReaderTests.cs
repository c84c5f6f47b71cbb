using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using StemStl.Cms.Admin.Editors;
using StemStl.Cms.Content;

namespace StemStl.Cms.Tests.Admin;

public sealed class ContentFormReaderTests
{
    private static EditorGroup Group(params EditorInput[] inputs) => new("Resource", "Resource", null, inputs);

    private static FormCollection Form(params (string Key, string[] Values)[] values) =>
        new FormCollection(values.ToDictionary(v => v.Key, v => new StringValues(v.Values)));

    private static ContentItem Item()
    {
        var item = new ContentItem { ContentType = "Resource" };
        item.Part("Resource")["Cost"] = new JsonObject { ["Value"] = 5 };
        item.Part("MarkdownBodyPart")["Html"] = "<p>kept</p>";
        return item;
    }

    [Fact]
    public void Apply_WritesEachKindAsTheJsonItsFieldExpects()
    {
        var item = Item();
        var inputs = new[]
        {
            new EditorInput("TitlePart", null, "Title", InputKind.Text, "Title"),
            new EditorInput("MarkdownBodyPart", null, "Markdown", InputKind.Markdown, "Body"),
            new EditorInput("Resource", "Cost", "Value", InputKind.Number, "Cost"),
            new EditorInput("Resource", "Free", "Value", InputKind.Checkbox, "Free"),
            new EditorInput("Resource", "Grades", "TermContentItemIds", InputKind.Terms, "Grades"),
            new EditorInput("Resource", "Standards", "Values", InputKind.Lines, "Standards"),
            new EditorInput("Resource", "Provider", "ContentItemIds", InputKind.ContentPicker, "Provider"),
            new EditorInput("PublishLaterPart", null, "ScheduledPublishUtc", InputKind.DateTimeUtc, "Publish at"),
        };

        var errors = ContentFormReader.Apply([Group(inputs)], Form(
            ("v.TitlePart.Title", ["Robotics kit"]),
            ("v.MarkdownBodyPart.Markdown", ["Line one\n  indented"]),
            ("v.Resource.Cost.Value", ["12.5"]),
            ("v.Resource.Free.Value", ["true"]),
            ("v.Resource.Grades.TermContentItemIds", ["k2", "g35", "k2"]),
            ("v.Resource.Standards.Values", ["NGSS K-2-ETS1-1\r\n\r\n MS-ETS1-2 "]),
            ("v.Resource.Provider.ContentItemIds", ["org1"]),
            ("v.PublishLaterPart.ScheduledPublishUtc", ["2026-12-01T09:30"])), item);

        Assert.Empty(errors);
        Assert.Equal("Robotics kit", item.Part("TitlePart")["Title"]!.GetValue<string>());
        Assert.Equal("Line one\n  indented", item.Part("MarkdownBodyPart")["Markdown"]!.GetValue<string>());
        Assert.Equal("<p>kept</p>", item.Part("MarkdownBodyPart")["Html"]!.GetValue<string>());
        Assert.Equal(12.5, item.Part("Resource")["Cost"]!["Value"]!.GetValue<double>());
        Assert.True(item.Part("Resource")["Free"]!["Value"]!.GetValue<bool>());
        Assert.Equal("""["k2","g35"]""", item.Part("Resource")["Grades"]!["TermContentItemIds"]!.ToJsonString());
        Assert.Equal("""["NGSS K-2-ETS1-1","MS-ETS1-2"]""", item.Part("Resource")["Standards"]!["Values"]!.ToJsonString());
        Assert.Equal("""["org1"]""", item.Part("Resource")["Provider"]!["ContentItemIds"]!.ToJsonString());
        Assert.Equal("2026-12-01T09:30:00Z", item.Part("PublishLaterPart")["ScheduledPublishUtc"]!.GetValue<string>());
    }

    [Fact]
    public void Apply_WithAnUncheckedBoxAndAnEmptyNumber_StoresFalseAndRemovesTheNumber()
    {
        var item = Item();

        var errors = ContentFormReader.Apply([Group(
            new EditorInput("Resource", "Cost", "Value", InputKind.Number, "Cost"),
            new EditorInput("Resource", "Free", "Value", InputKind.Checkbox, "Free"))], Form(("v.Resource.Cost.Value", [""])), item);

        Assert.Empty(errors);
        Assert.False(item.Part("Resource")["Cost"]!.AsObject().ContainsKey("Value"));
        Assert.False(item.Part("Resource")["Free"]!["Value"]!.GetValue<bool>());
    }

    [Theory]
    [InlineData("Number", "twelve", "is not a number")]
    [InlineData("Number", "NaN", "is not a number")]
    [InlineData("DateTimeUtc", "next tuesday", "is not a date and time")]
    [InlineData("Json", "{\"Text\": ", "not valid JSON")]
    [InlineData("Json", "[1, 2]", "Write a JSON object")]
    public void Apply_WithAValueThatCannotBeRead_ReportsItByInputAndLeavesTheOldValue(string kindName, string posted, string message)
    {
        var kind = Enum.Parse<InputKind>(kindName);
        var item = Item();
        var input = new EditorInput("Resource", "Cost", kind == InputKind.Json ? null : "Value", kind, "Cost");

        var errors = ContentFormReader.Apply([Group(input)], Form((input.Key, [posted])), item);

        Assert.Contains(message, errors[input.Key], StringComparison.Ordinal);
        Assert.Equal(5, item.Part("Resource")["Cost"]!["Value"]!.GetValue<int>());
    }

    [Fact]
    public void Apply_ToAPartEditedAsJson_ReplacesThePartWhole()
    {
        var item = Item();
        var input = new EditorInput("ListPart", null, null, InputKind.Json, "List");

        var errors = ContentFormReader.Apply([Group(input)], Form(("v.ListPart", ["""{"ContainedContentTypes": ["Page"]}"""])), item);

        Assert.Empty(errors);
        Assert.Equal("""{"ContainedContentTypes":["Page"]}""", item.Content["ListPart"]!.ToJsonString());
    }
}
