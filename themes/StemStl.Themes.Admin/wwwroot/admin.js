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

// Media fields: upload a file or choose one from the library, and the path lands in the field's textarea.
(() => {
  "use strict";

  for (const picker of document.querySelectorAll("[data-media-picker]")) {
    const textarea = document.getElementById(picker.dataset.mediaPicker);
    const token = textarea?.form?.querySelector("input[name='__RequestVerificationToken']")?.value;
    if (!textarea || !token) continue;
    picker.hidden = false;
    const error = picker.querySelector("[data-media-error]");
    const progress = picker.querySelector("progress");
    const results = picker.querySelector(".media-results");
    const add = path => {
      const lines = textarea.value.split("\n").map(l => l.trim()).filter(l => l.length > 0);
      textarea.value = picker.dataset.multiple === "true" ? [...new Set([...lines, path])].join("\n") : path;
      textarea.dispatchEvent(new Event("input", { bubbles: true }));
    };
    const problem = body => body?.errors?.file?.[0] ?? body?.detail ?? body?.title ?? "The upload failed.";

    const upload = picker.querySelector("[data-media-upload]");
    upload.addEventListener("change", () => {
      const file = upload.files[0];
      if (!file) return;
      error.textContent = "";
      const body = new FormData();
      body.append("file", file);
      const request = new XMLHttpRequest();
      request.open("POST", "/api/media");
      request.setRequestHeader("RequestVerificationToken", token);
      request.responseType = "json";
      request.upload.addEventListener("progress", e => { if (e.lengthComputable) progress.value = Math.round(100 * e.loaded / e.total); });
      request.addEventListener("loadend", () => {
        progress.hidden = true;
        upload.value = "";
        if (request.status === 201) add(request.response.path);
        else error.textContent = request.status === 403 ? "You may not upload to the media library; type a path instead." : problem(request.response);
      });
      progress.value = 0;
      progress.hidden = false;
      request.send(body);
    });

    const search = picker.querySelector("[data-media-search]");
    let timer = 0;
    search.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const response = await fetch("/api/media?search=" + encodeURIComponent(search.value.trim()), { credentials: "same-origin" });
        results.replaceChildren();
        if (!response.ok) { error.textContent = "The library could not be searched."; return; }
        for (const file of (await response.json()).items) {
          const button = document.createElement("button");
          button.type = "button";
          button.className = "button button-small";
          button.textContent = `${file.originalName} (${file.path})`;
          button.addEventListener("click", () => add(file.path));
          const item = document.createElement("li");
          item.append(button);
          results.append(item);
        }
      }, 250);
    });
  }

  // "Copy path" buttons on the media library page.
  for (const button of document.querySelectorAll("button[data-copy]")) {
    button.hidden = false;
    button.addEventListener("click", async () => {
      await navigator.clipboard.writeText(button.dataset.copy);
      button.textContent = "Copied";
    });
  }
})();
