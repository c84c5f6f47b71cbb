using StemStl.Cms.Admin.Editors;
using StemStl.Cms.Content;

namespace StemStl.Cms.Tests.Admin;

public sealed class EditorErrorsTests
{
    private static readonly EditorGroup[] Groups =
    [
        new("Workgroup", "Workgroup", null,
        [
            new EditorInput("Workgroup", "Focus", "Markdown", InputKind.Markdown, "Focus"),
            new EditorInput("Workgroup", "Location", "Latitude", InputKind.Number, "Location: latitude"),
            new EditorInput("Workgroup", "Location", "Longitude", InputKind.Number, "Location: longitude"),
            new EditorInput("Workgroup", "FocusArea", "Text", InputKind.Text, "Focus area"),
        ]),
    ];

    [Fact]
    public void ByInput_PutsFieldErrorsOnTheFieldsFirstInputAndSubValueErrorsOnTheirOwn()
    {
        var errors = EditorErrors.ByInput(Groups,
        [
            new ContentValidationError("Workgroup.Focus", "a text is required.", "required"),
            new ContentValidationError("Workgroup.Location.Longitude", "must be between -180 and 180.", "range"),
        ]);

        Assert.Equal("A text is required.", errors["v.Workgroup.Focus.Markdown"]);
        Assert.Equal("Must be between -180 and 180.", errors["v.Workgroup.Location.Longitude"]);
        Assert.False(errors.ContainsKey("v.Workgroup.FocusArea.Text"));
    }

    [Fact]
    public void ByInput_WithAPathNoInputShows_GoesToTheWholeFormWithItsPath()
    {
        var errors = EditorErrors.ByInput(Groups, [new ContentValidationError("AutoroutePart.Path", "the path is taken.", "unique")]);

        Assert.Equal("AutoroutePart.Path: the path is taken.", errors[""]);
    }
}
