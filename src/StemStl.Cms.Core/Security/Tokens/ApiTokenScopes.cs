using StemStl.Cms.Definitions;

namespace StemStl.Cms.Security.Tokens;

/// <summary>
/// The scopes a token may carry and the permissions each one grants. A token holds exactly the permissions of its
/// scopes: never its creator's roles.
/// </summary>
internal static class ApiTokenScopes
{
    public const string ContentRead = "content:read";
    public const string ContentPreview = "content:preview";
    public const string ContentWritePrefix = "content:write:";
    public const string Admin = "admin";

    /// <summary>Upload, list and delete media library files (<c>ManageMedia</c>); reading served files needs no token.</summary>
    public const string MediaWrite = "media:write";

    private static readonly string[] Known = [ContentRead, ContentPreview, ContentWritePrefix + "<Type>", ContentWritePrefix + "*", MediaWrite, Admin];

    public static IReadOnlyList<string> Split(string scopes) =>
        scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Problems with requested scopes, each naming the scope and what to write instead.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<string> scopes, ContentDefinitionSnapshot definitions)
    {
        var errors = new List<string>();
        if (scopes.Count == 0)
        {
            errors.Add($"A token needs at least one scope; known scopes are {string.Join(", ", Known)}.");
        }

        foreach (var scope in scopes)
        {
            if (scope is ContentRead or ContentPreview or MediaWrite or Admin || scope == ContentWritePrefix + "*")
            {
                continue;
            }

            if (!scope.StartsWith(ContentWritePrefix, StringComparison.Ordinal))
            {
                errors.Add($"Unknown scope '{scope}'; known scopes are {string.Join(", ", Known)}.");
                continue;
            }

            var type = scope[ContentWritePrefix.Length..];
            if (definitions.FindType(type) is null)
            {
                var hint = NameSuggestion.Closest(type, definitions.Types.Keys);
                errors.Add(hint is null
                    ? $"Scope '{scope}' names the content type '{type}', which does not exist."
                    : $"Scope '{scope}' names the content type '{type}', which does not exist; did you mean '{hint}'?");
            }
        }

        return errors;
    }

    /// <summary>The permissions the scopes grant; <paramref name="everything"/> is what <c>admin</c> stands for.</summary>
    public static IEnumerable<Permission> ToPermissions(IEnumerable<string> scopes, IEnumerable<Permission> everything)
    {
        foreach (var scope in scopes)
        {
            switch (scope)
            {
                case ContentRead:
                    yield return ContentPermissions.ViewContent;
                    break;
                case ContentPreview:
                    yield return ContentPermissions.PreviewContent;
                    yield return ContentPermissions.ViewContent;
                    break;
                case MediaWrite:
                    yield return EnginePermissions.ManageMedia;
                    break;
                case Admin:
                    foreach (var permission in everything)
                    {
                        yield return permission;
                    }

                    break;
                case ContentWritePrefix + "*":
                    foreach (var permission in WriteSet)
                    {
                        yield return permission;
                    }

                    break;
                default:
                    if (scope.StartsWith(ContentWritePrefix, StringComparison.Ordinal) && scope.Length > ContentWritePrefix.Length)
                    {
                        var type = scope[ContentWritePrefix.Length..];
                        foreach (var permission in WriteSet)
                        {
                            yield return ContentPermissions.ForType(permission, type);
                        }
                    }

                    break;
            }
        }
    }

    private static readonly Permission[] WriteSet =
    [
        ContentPermissions.EditContent, ContentPermissions.PublishContent, ContentPermissions.DeleteContent,
        ContentPermissions.ViewContent, ContentPermissions.PreviewContent,
    ];
}
