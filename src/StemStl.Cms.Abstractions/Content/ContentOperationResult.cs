namespace StemStl.Cms.Content;

/// <summary>Why a content operation did not happen.</summary>
public enum ContentFailure
{
    None,

    /// <summary>The item or version does not exist.</summary>
    NotFound,

    /// <summary>The item broke a rule; see the errors.</summary>
    Invalid,

    /// <summary>The change was made against a version that is no longer the latest.</summary>
    Conflict,

    /// <summary>The operation does not apply in the item's current state (e.g. discarding a draft that does not exist).</summary>
    NotApplicable,
}

/// <summary>The outcome of a content operation. Failed operations change nothing.</summary>
public sealed record ContentOperationResult(ContentItem? Item, ContentFailure Failure, IReadOnlyList<ContentValidationError> Errors)
{
    public bool Succeeded => Failure == ContentFailure.None;

    public static ContentOperationResult Success(ContentItem item) => new(item, ContentFailure.None, []);

    public static ContentOperationResult Fail(ContentFailure failure, string path, string message, string code = "invalid") =>
        new(null, failure, [new ContentValidationError(path, message, code)]);

    public static ContentOperationResult Invalid(IReadOnlyList<ContentValidationError> errors) =>
        new(null, ContentFailure.Invalid, errors);
}
