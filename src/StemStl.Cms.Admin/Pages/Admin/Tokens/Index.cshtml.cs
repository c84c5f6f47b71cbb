using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Definitions;
using StemStl.Cms.Security;
using StemStl.Cms.Security.OAuth;
using StemStl.Cms.Security.Tokens;

namespace StemStl.Cms.Admin.Pages.Admin.Tokens;

/// <summary>
/// API tokens and OAuth clients for front-end sites and integrations: grant one (its secret shown once, right after),
/// see when each was last used, revoke a token or delete a client.
/// </summary>
[Authorize(Policy = CmsPolicies.ManageApiTokens)]
internal sealed class IndexModel(ApiTokenStore tokens, OAuthClientStore clients, IContentDefinitionManager definitions) : PageModel
{
    [BindProperty]
    public GrantForm Form { get; set; } = new();

    [TempData]
    public string? Notice { get; set; }

    [TempData]
    public string? Secret { get; set; }

    [TempData]
    public string? SecretLabel { get; set; }

    public IReadOnlyList<ApiTokenSummary> Tokens { get; private set; } = [];

    public IReadOnlyList<OAuthClientSummary> Clients { get; private set; } = [];

    public IReadOnlyList<string> ScopeChoices { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (expires, expiryError) = Form.ParseExpiry();
        var (rateLimit, rateError) = Form.ParseRateLimit();
        AddError("Expires", expiryError);
        AddError("RateLimitPerMinute", rateError);
        if (ModelState.ErrorCount == 0)
        {
            if (Form.IsClient)
            {
                var outcome = await clients.CreateAsync(Form.ToClientRequest(rateLimit), User, cancellationToken);
                if (outcome.Value is { } client)
                {
                    return Granted($"OAuth client “{client.Name}”: client id {client.ClientId}, secret", client.ClientSecret);
                }

                Report(outcome.Errors, outcome.Refusal);
            }
            else
            {
                var outcome = await tokens.CreateAsync(Form.ToTokenRequest(expires, rateLimit), User, cancellationToken);
                if (outcome.Value is { } token)
                {
                    return Granted($"API token “{token.Name}”", token.Token);
                }

                Report(outcome.Errors, outcome.Refusal);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(string id, CancellationToken cancellationToken)
    {
        Notice = await tokens.RevokeAsync(id, cancellationToken) ? "The token is revoked; its next request is refused." : "That token no longer exists.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteClientAsync(string clientId, CancellationToken cancellationToken)
    {
        Notice = await clients.DeleteAsync(clientId, cancellationToken) ? "The client is deleted, and its tokens with it." : "That client no longer exists.";
        return RedirectToPage();
    }

    private RedirectToPageResult Granted(string label, string secret)
    {
        SecretLabel = label;
        Secret = secret;
        return RedirectToPage();
    }

    private void Report(Dictionary<string, string[]> errors, string? refusal)
    {
        foreach (var (key, messages) in errors)
        {
            AddError(char.ToUpperInvariant(key[0]) + key[1..], messages[0]);
        }

        if (refusal is not null)
        {
            ModelState.AddModelError("", refusal);
        }
    }

    private void AddError(string field, string? message)
    {
        if (message is not null)
        {
            ModelState.AddModelError($"Form.{field}", message);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tokens = await tokens.ListAsync(cancellationToken);
        Clients = await clients.ListAsync(cancellationToken);
        var types = (await definitions.GetSnapshotAsync(cancellationToken)).Types.Values.Select(t => t.Name).Order(StringComparer.Ordinal);
        ScopeChoices = [ApiTokenScopes.ContentRead, ApiTokenScopes.ContentPreview, ApiTokenScopes.ContentWritePrefix + "*", .. types.Select(t => ApiTokenScopes.ContentWritePrefix + t), ApiTokenScopes.Admin];
    }
}
