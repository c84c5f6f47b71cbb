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

  // The editor's sign-in cookie authenticates the calls; nothing else (no token) is sent or stored.
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

  ReactDOM.createRoot(container).render(
    React.createElement(window.GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: false }));
  container.dataset.state = "ready";
})();
