using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using StemStl.Cms.Rendering;

namespace StemStl.Cms.Admin.Pages.Admin.Preview;

/// <summary>
/// The Markdown editor's live preview: the server renders with the same Markdig pipeline and sanitizer as a save,
/// so what the editor sees is what the front ends will get. POST with the form's antiforgery token.
/// </summary>
internal sealed class MarkdownModel(IHtmlRenderer renderer) : PageModel
{
    /// <summary>Previews beyond this size are refused rather than rendered; a body this long belongs in several items.</summary>
    public const int MaxLength = 200_000;

    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost([FromForm] string? markdown)
    {
        if (markdown is { Length: > MaxLength })
        {
            return new ObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Too long to preview",
                Detail = $"The text is {markdown.Length:N0} characters long; the preview renders at most {MaxLength:N0}.",
            }) { StatusCode = StatusCodes.Status413PayloadTooLarge };
        }

        return Content(renderer.RenderMarkdown(markdown ?? ""), "text/html; charset=utf-8");
    }
}
