namespace StemStl.Cms.IntegrationTests.Security;

/// <summary>What a case tries to do.</summary>
public enum MatrixAction
{
    View,
    Preview,
    Edit,
    Publish,
    Delete,
    Create,
}

/// <summary>Whose item it is, seen from the caller.</summary>
public enum MatrixItem
{
    /// <summary>Owned by the caller, in no workgroup.</summary>
    Own,

    /// <summary>Owned by someone else, in no workgroup.</summary>
    Others,

    /// <summary>Owned by someone else, in a workgroup the caller belongs to (as chair if their role is WorkgroupChair).</summary>
    OwnWorkgroup,

    /// <summary>Owned by someone else, in a workgroup the caller does not belong to.</summary>
    OtherWorkgroup,
}

/// <summary>
/// The permission matrix in one table: for each built-in role (and a signed-in user with no role, and anonymous
/// callers), the actions allowed on each kind of item. Everything not listed is denied. The cases are generated from
/// this table and run over HTTP; a new access path (GraphQL, search) is a new column of <see cref="MatrixPath"/>.
/// </summary>
public static class PermissionMatrix
{
    private const string All = "view preview edit publish delete create";

    //                 role               own                     others         own workgroup                      other workgroup
    private static readonly (string Role, string Own, string Others, string OwnWorkgroup, string OtherWorkgroup)[] Table =
    [
        ("Administrator",   All,                    All,           All,                               All),
        ("Editor",          All,                    All,           All,                               All),
        ("Communications",  "view preview",         "view preview", "view preview",                   "view preview"),
        ("WorkgroupChair",  "view preview",         "view",        "view preview edit publish create", "view"),
        ("WorkgroupMember", "view preview",         "view",        "view preview edit create",         "view"),
        ("Contributor",     "view preview",         "view",        "view",                            "view"),
        ("Authenticated",   "view preview",         "view",        "view",                            "view"),
        ("Anonymous",       "",                     "view",        "",                                "view"),
    ];

    public static bool Allows(string role, MatrixAction action, MatrixItem item)
    {
        var row = Table.Single(r => r.Role == role);
        var allowed = item switch
        {
            MatrixItem.Own => row.Own,
            MatrixItem.Others => row.Others,
            MatrixItem.OwnWorkgroup => row.OwnWorkgroup,
            _ => row.OtherWorkgroup,
        };
        return allowed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(action.ToString().ToLowerInvariant());
    }

    /// <summary>
    /// Whether a refused change must say "not found" rather than "forbidden": the caller may not even see the item.
    /// Edit and delete cases act on a published item (seen with View); publish cases on a never-published draft (seen
    /// only with Preview). A create has nothing to hide.
    /// </summary>
    public static bool HidesItem(string role, MatrixAction action, MatrixItem item) => action switch
    {
        MatrixAction.Create => false,
        MatrixAction.Publish => !Allows(role, MatrixAction.Preview, item),
        _ => !Allows(role, MatrixAction.View, item) && !Allows(role, MatrixAction.Preview, item),
    };

    /// <summary>Every case: role × action × item × path, leaving out what cannot exist (an anonymous caller owns nothing; one creates only one's own).</summary>
    public static TheoryData<string, MatrixAction, MatrixItem, MatrixPath> Cases()
    {
        var cases = new TheoryData<string, MatrixAction, MatrixItem, MatrixPath>();
        foreach (var (role, _, _, _, _) in Table)
        {
            foreach (var action in Enum.GetValues<MatrixAction>())
            {
                foreach (var item in Enum.GetValues<MatrixItem>())
                {
                    if ((role == "Anonymous" && item is MatrixItem.Own or MatrixItem.OwnWorkgroup)
                        || (action == MatrixAction.Create && item is MatrixItem.Others or MatrixItem.OtherWorkgroup))
                    {
                        continue;
                    }

                    foreach (var path in PathsFor(action))
                    {
                        cases.Add(role, action, item, path);
                    }
                }
            }
        }

        return cases;
    }

    /// <summary>The ways an action can be tried: reads by id, in a list with its total, through a relation (published versions only) and in search results; changes as mutations.</summary>
    private static MatrixPath[] PathsFor(MatrixAction action) => action switch
    {
        MatrixAction.View => [MatrixPath.Rest, MatrixPath.GraphQLSingle, MatrixPath.GraphQLList, MatrixPath.GraphQLRelation, MatrixPath.Search],
        MatrixAction.Preview => [MatrixPath.Rest, MatrixPath.GraphQLSingle, MatrixPath.GraphQLList, MatrixPath.Search],
        _ => [MatrixPath.Rest, MatrixPath.GraphQLMutation],
    };
}

/// <summary>How the case reaches the hub.</summary>
public enum MatrixPath
{
    /// <summary>The REST content API: GET for reads, POST/DELETE for changes.</summary>
    Rest,

    /// <summary>GraphQL <c>contentItem(contentItemId, status)</c>.</summary>
    GraphQLSingle,

    /// <summary>GraphQL <c>pageConnection(where: { contentItemId }, status) { totalCount items }</c>: the total must agree with the page.</summary>
    GraphQLList,

    /// <summary>GraphQL through a published page's picker: <c>related { contentItems }</c>.</summary>
    GraphQLRelation,

    /// <summary>GraphQL mutations: createPage, updatePage, publishPage, deletePage.</summary>
    GraphQLMutation,

    /// <summary><c>/api/search</c> over an index of published pages (View) or of latest versions (Preview).</summary>
    Search,
}
