namespace StemStl.Cms.Media;

/// <summary>
/// Checks an uploaded file before anything stores it: its size, its extension against an allow-list, and its first
/// bytes against what that extension claims to be. Media uploads and CSV imports both ask it.
/// </summary>
public interface IUploadChecker
{
    /// <summary>Reads at most the first bytes of <paramref name="content"/> (it must be seekable or fresh) and the file's length.</summary>
    Task<UploadCheck> CheckAsync(string fileName, Stream content, UploadRules rules, CancellationToken cancellationToken = default);
}

/// <summary>What an upload may be.</summary>
/// <param name="MaxBytes">The largest file accepted.</param>
/// <param name="Extensions">Allowed extensions, lower case with the dot (<c>.png</c>); each must be a kind the checker knows.</param>
public sealed record UploadRules(long MaxBytes, IReadOnlyList<string> Extensions)
{
    /// <summary>Images and documents an editor attaches to content: 20 MB.</summary>
    public static UploadRules Media { get; } = new(20 * 1024 * 1024, [".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".docx", ".xlsx", ".pptx"]);

    /// <summary>CSV imports: 10 MB of text.</summary>
    public static UploadRules Csv { get; } = new(10 * 1024 * 1024, [".csv"]);

    /// <summary>Recipes run from the admin: 5 MB of JSON.</summary>
    public static UploadRules Recipe { get; } = new(5 * 1024 * 1024, [".json"]);
}

/// <summary>The verdict: accepted with the content type to store it under, or refused with a reason a person reads.</summary>
public sealed record UploadCheck(bool Accepted, string? ContentType, string? Problem)
{
    public static UploadCheck Accept(string contentType) => new(true, contentType, null);

    public static UploadCheck Refuse(string problem) => new(false, null, problem);
}
