using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Admin.Content;
using StemStl.Cms.Content;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;

namespace StemStl.Cms.Admin.Pages.Admin.Content;

/// <summary>Content items of the types the user may list: search, filter by type, status and owner, sort, page.</summary>
internal sealed class IndexModel(IContentList list, ListableTypes listable, ContentEditing editing, ICurrentUser currentUser) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "type")]
    public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public ContentListStatus Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public ContentListSort Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public static IReadOnlyList<(ContentListStatus Value, string Label)> StatusLabels { get; } =
    [
        (ContentListStatus.Any, "Any"),
        (ContentListStatus.Published, "Published"),
        (ContentListStatus.Draft, "Draft"),
        (ContentListStatus.DraftOfPublished, "Draft of a published item"),
        (ContentListStatus.Scheduled, "Scheduled"),
    ];

    public static IReadOnlyList<(ContentListSort Value, string Label)> SortLabels { get; } =
    [
        (ContentListSort.ModifiedDescending, "Recently modified"),
        (ContentListSort.ModifiedAscending, "Least recently modified"),
        (ContentListSort.DisplayTextAscending, "Title A–Z"),
        (ContentListSort.DisplayTextDescending, "Title Z–A"),
        (ContentListSort.CreatedDescending, "Recently created"),
    ];

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public ContentListPage Result { get; private set; } = new(0, []);

    /// <summary>The listed types the user may also create items of, for the "New" links.</summary>
    public IReadOnlyList<ContentTypeDefinition> Creatable { get; private set; } = [];

    [TempData]
    public string? Notice { get; set; }

    public int PageCount => Math.Max(1, (Result.TotalCount + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Types = await listable.ForAsync(User, cancellationToken);
        if (Type is not null && Types.All(t => t.Name != Type))
        {
            // Unknown and forbidden types look the same, so the list does not reveal which types exist.
            return NotFound();
        }

        if (Types.Count == 0)
        {
            return Page();
        }

        var creatable = new List<ContentTypeDefinition>();
        foreach (var type in Types.Where(t => Type is null || t.Name == Type))
        {
            if (await editing.MayCreateAsync(User, type, cancellationToken))
            {
                creatable.Add(type);
            }
        }

        Creatable = creatable;

        PageNumber = Math.Max(1, PageNumber);
        Result = await list.QueryAsync(new ContentListQuery
        {
            ContentTypes = Type is null ? [.. Types.Select(t => t.Name)] : [Type],
            Text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim(),
            Owner = Mine ? currentUser.UserId ?? "" : null,
            Status = Status,
            Sort = Sort,
            Skip = (PageNumber - 1) * PageSize,
            Take = PageSize,
        }, cancellationToken);
        return Page();
    }

    public string TypeName(string type) => Types.FirstOrDefault(t => t.Name == type)?.DisplayName ?? type;

    /// <summary>The current filters with another page number, for the pager links.</summary>
    public IDictionary<string, string> RouteFor(int page)
    {
        var route = new Dictionary<string, string> { ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        AddIf(route, "type", Type);
        AddIf(route, "q", Text);
        AddIf(route, "status", Status == ContentListStatus.Any ? null : Status.ToString());
        AddIf(route, "mine", Mine ? "true" : null);
        AddIf(route, "sort", Sort == ContentListSort.ModifiedDescending ? null : Sort.ToString());
        return route;
    }

    private static void AddIf(Dictionary<string, string> route, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            route[key] = value;
        }
    }
}
