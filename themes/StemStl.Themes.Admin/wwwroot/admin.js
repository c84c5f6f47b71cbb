// Small enhancements for the admin's server-rendered forms; every form works without them.
(() => {
  "use strict";

  // Live Markdown preview, rendered and sanitized by the server.
  for (const textarea of document.querySelectorAll("textarea[data-markdown-preview]")) {
    const preview = document.getElementById(textarea.dataset.markdownPreview);
    const token = textarea.form?.querySelector("input[name='__RequestVerificationToken']")?.value;
    if (!preview || !token) continue;
    let timer = 0;
    let sequence = 0;
    const render = async () => {
      const mine = ++sequence;
      const body = new FormData();
      body.append("markdown", textarea.value);
      body.append("__RequestVerificationToken", token);
      const response = await fetch("/admin/preview/markdown", { method: "POST", body, credentials: "same-origin" });
      if (mine !== sequence) return;
      preview.innerHTML = response.ok ? await response.text() : "";
      preview.dataset.state = response.ok ? "ready" : "failed";
    };
    textarea.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(render, 300); });
    render();
  }

  // Type-ahead for pickers: hides the options whose label does not contain what was typed.
  for (const filter of document.querySelectorAll("input[data-filters]")) {
    const select = document.getElementById(filter.dataset.filters);
    if (!select) continue;
    filter.addEventListener("input", () => {
      const needle = filter.value.trim().toLowerCase();
      for (const option of select.options) {
        option.hidden = needle.length > 0 && option.value !== "" && !option.text.toLowerCase().includes(needle);
      }
    });
  }

  // Destructive actions ask first.
  for (const form of document.querySelectorAll("form[data-confirm]")) {
    form.addEventListener("submit", event => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  }
})();
