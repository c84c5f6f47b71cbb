using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Security;
using StemStl.Search.Lucene.Definitions;
using StemStl.Search.Lucene.Querying;

namespace StemStl.Search.Lucene.Pages.Admin.Search;

/// <summary>
/// A test query against one index, run as /api/search runs it for the signed-in user: the total, the hits with their
/// highlights, and facet counts. A query that cannot run shows its reason next to the box it came from.
/// </summary>
internal sealed class QueryModel(LuceneSearchService search, LuceneIndexSettings settings, IContentAuthorizationService authorization) : PageModel
{
    /// <summary>Enough hits to judge the ranking; the total and facets cover every match anyway.</summary>
    private const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>One filter per line, as <c>filter=</c> takes them.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Filters { get; set; }

    /// <summary>Comma-separated keyword fields.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Facets { get; set; }

    public string Name { get; private set; } = "";

    public SearchResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name, CancellationToken cancellationToken)
    {
        if (!await SearchAdmin.MayManageAsync(authorization, User, cancellationToken))
        {
            return Forbid();
        }

        if (await settings.FindAsync(name, cancellationToken) is null)
        {
            return NotFound();
        }

        Name = name;
        ModelState.Clear();
        if (Q is null && Filters is null && Facets is null)
        {
            return Page();
        }

        try
        {
            var filters = (Filters ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var request = SearchRequest.Create(name, Q, filters, Facets is null ? [] : [Facets], sort: null, PageSize, skip: null);
            Result = await search.SearchAsync(request, User, cancellationToken);
        }
        catch (SearchRequestException ex)
        {
            ModelState.AddModelError(KeyOf(ex.Parameter), ex.Message);
        }

        return Page();
    }

    private static string KeyOf(string parameter) => parameter switch
    {
        var p when p.StartsWith("filter", StringComparison.Ordinal) => nameof(Filters),
        var p when p.StartsWith("facet", StringComparison.Ordinal) => nameof(Facets),
        "q" => nameof(Q),
        _ => "",
    };
}
