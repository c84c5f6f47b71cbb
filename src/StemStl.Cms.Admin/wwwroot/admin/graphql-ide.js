// Mounts GraphiQL (loaded before this file from wwwroot/lib, installed by the build from npm) on /admin/graphql.
(() => {
  "use strict";

  const container = document.getElementById("graphql-ide");
  if (!container) return;
  if (!window.React || !window.ReactDOM || !window.GraphiQL) {
    container.textContent = "The GraphQL IDE's scripts did not load; reload the page, or rebuild the admin with npm on the PATH.";
    container.dataset.state = "failed";
    return;
  }

  // The editor's sign-in cookie authenticates the calls; the page adds no token of its own.
  const sameOriginFetch = (input, init) => window.fetch(input, { ...init, credentials: "same-origin" });
  const fetcher = window.GraphiQL.createFetcher({ url: container.dataset.endpoint, fetch: sameOriginFetch });

  const defaultQuery = [
    "# Queries run as you: you see what your permissions allow.",
    "# Ctrl+Enter runs the query; Ctrl+Space completes names; the book icon opens the schema.",
    "{",
    "  __typename",
    "}",
    "",
  ].join("\n");

  // CodeMirror types into hidden textareas that carry no name; screen readers would announce four unnamed
  // "edit text" fields. GraphiQL creates them after it renders (and again when editors remount), so watch for them.
  const editorNames = [
    [".graphiql-query-editor textarea", "GraphQL query"],
    [".graphiql-editor-tool > .graphiql-editor:nth-of-type(1) textarea", "Query variables (JSON)"],
    [".graphiql-editor-tool > .graphiql-editor:nth-of-type(2) textarea", "Request headers (JSON)"],
    [".graphiql-response textarea", "Response"],
  ];
  const nameEditors = () => {
    for (const [selector, name] of editorNames) {
      for (const textarea of container.querySelectorAll(selector)) {
        if (textarea.getAttribute("aria-label") !== name) textarea.setAttribute("aria-label", name);
      }
    }
  };
  new MutationObserver(nameEditors).observe(container, { childList: true, subtree: true });

  ReactDOM.createRoot(container).render(
    React.createElement(window.GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: false }));
  container.dataset.state = "ready";
})();
