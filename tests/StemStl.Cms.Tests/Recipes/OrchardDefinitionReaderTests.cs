using System.Text.Json.Nodes;
using StemStl.Cms.Definitions;
using StemStl.Cms.Recipes.Steps;

namespace StemStl.Cms.Tests.Recipes;

public sealed class OrchardDefinitionReaderTests
{
    private const string Step = """
        {
          "name": "ContentDefinition",
          "ContentTypes": [
            { "Name": "Broken" },
            {
              "Name": "Workgroup", "DisplayName": "Workgroup",
              "Settings": { "ContentTypeSettings": { "Creatable": true, "Draftable": false } },
              "ContentTypePartDefinitionRecords": [
                { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" } } },
                { "PartName": "AutoroutePart", "Name": "AutoroutePart",
                  "Settings": { "ContentTypePartSettings": { "Position": "1" }, "AutoroutePartSettings": { "Pattern": "x" } } }
              ]
            }
          ],
          "ContentParts": [
            {
              "Name": "Workgroup",
              "Settings": { "ContentPartSettings": { "Description": "Fields of a workgroup", "Attachable": true } },
              "ContentPartFieldDefinitionRecords": [
                { "FieldName": "TextField", "Name": "Status",
                  "Settings": { "ContentPartFieldSettings": { "DisplayName": "Status", "Position": 2 }, "TextFieldSettings": { "Options": ["Active"] } } }
              ]
            }
          ],
          "DeleteContentTypes": ["Old"],
          "Orphans": "keep"
        }
        """;

    private static (ContentDefinitionChange Change, DefinitionPathMap Map, List<(string Path, string Message)> Errors) Read(string json)
    {
        var errors = new List<(string, string)>();
        var (change, map) = OrchardDefinitionReader.Read((JsonObject)JsonNode.Parse(json)!, (p, m) => errors.Add((p, m)));
        return (change, map, errors);
    }

    [Fact]
    public void Read_WhenStepHasOrchardShape_UnwrapsKindSettingsAndKeepsDisplaySettings()
    {
        var (change, _, errors) = Read(Step);

        var type = Assert.Single(change.Types, t => t.Name == "Workgroup");
        Assert.False(type.Settings.Draftable);
        Assert.Equal("x", type.Parts[1].Settings!["Pattern"]!.GetValue<string>());
        Assert.Equal(1, type.Parts[1].Position);
        var field = Assert.Single(Assert.Single(change.Parts).Fields);
        Assert.Equal(("Status", "TextField", "Status", 2), (field.Name, field.FieldName, field.DisplayName, field.Position));
        Assert.Equal("Active", field.Settings!["Options"]![0]!.GetValue<string>());
        Assert.Equal("Fields of a workgroup", change.Parts[0].Description);
        Assert.Equal(["Old"], change.DeletedTypes);
        Assert.Equal(OrphanedDataPolicy.Keep, change.Orphans);
        Assert.Empty(errors);
    }

    [Fact]
    public void Map_WhenValidatorReportsSettingOfAttachedPart_PointsIntoTheWrapperOfTheRecipe()
    {
        var (_, map, _) = Read(Step);

        // The change's Types[1] is the recipe's ContentTypes[1]; both are read, so indexes line up here.
        Assert.Equal("ContentTypes[1].ContentTypePartDefinitionRecords[1].Settings.AutoroutePartSettings.Patern",
            map.ToRecipePath("Types[1].Parts[1].Settings.Patern"));
        Assert.Equal("ContentParts[0].ContentPartFieldDefinitionRecords[0].Settings.TextFieldSettings.MaxLenght",
            map.ToRecipePath("Parts[0].Fields[0].Settings.MaxLenght"));
        Assert.Equal("ContentTypes[1].Settings.ContentTypeSettings", map.ToRecipePath("Types[1].Settings"));
        Assert.Equal("DeleteContentTypes[0]", map.ToRecipePath("DeletedTypes[0]"));
    }

    [Fact]
    public void Map_WhenAnEntryCouldNotBeRead_ShiftsIndexesToTheRecipeEntry()
    {
        var (change, map, errors) = Read("""
            {"name":"ContentDefinition","ContentTypes":[{"DisplayName":"no name"},{"Name":"Page","ContentTypePartDefinitionRecords":[{"PartName":"TitelPart"}]}]}
            """);

        Assert.Equal(("ContentTypes[0]", "'Name' is required"), Assert.Single(errors));
        Assert.Equal("Page", Assert.Single(change.Types).Name);
        Assert.Equal("ContentTypes[1].ContentTypePartDefinitionRecords[0]", map.ToRecipePath("Types[0].Parts[0]"));
    }

    [Fact]
    public void Read_WhenSettingsWrapperIsMisspelled_SuggestsTheKindWrapper()
    {
        var (_, _, errors) = Read("""
            {"name":"ContentDefinition","ContentParts":[{"Name":"P","ContentPartFieldDefinitionRecords":[
              {"FieldName":"TextField","Name":"T","Settings":{"TextFeldSettings":{"Required":true}}}]}]}
            """);

        var error = Assert.Single(errors);
        Assert.Equal("ContentParts[0].ContentPartFieldDefinitionRecords[0].Settings.TextFeldSettings", error.Path);
        Assert.StartsWith("unknown settings 'TextFeldSettings'; did you mean 'TextFieldSettings'?", error.Message, StringComparison.Ordinal);
    }
}
