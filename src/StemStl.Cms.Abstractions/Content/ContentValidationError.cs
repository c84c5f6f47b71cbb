namespace StemStl.Cms.Content;

/// <summary>
/// One thing wrong with a content item, keyed by the path of the offending value
/// (<c>Workgroup.Focus</c>, <c>AutoroutePart.Path</c>).
/// </summary>
/// <param name="Path">Part name, then field name, then any sub-value, dot-separated.</param>
/// <param name="Message">What is wrong, for a person.</param>
/// <param name="Code">A stable code clients can switch on, e.g. <c>required</c>, <c>type</c>, <c>unique</c>.</param>
public sealed record ContentValidationError(string Path, string Message, string Code = "invalid");
