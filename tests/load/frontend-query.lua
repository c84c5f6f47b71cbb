-- wrk script: the front-end query of the Educator Resources Portal, shaped on the test Article type
-- (tests/recipes/frontend-articles.recipe.json): the 20 newest published articles, each with its workgroup's title
-- and its rendered Markdown. Anonymous, as the public sites call it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = [[{"query":"query FrontEnd { article(first: 20, orderBy: [{ publishedUtc: DESC }]) { contentItemId displayText autoroutePart { path } markdownBody { html } workgroup { contentItems { displayText } } } }","operationName":"FrontEnd"}]]
-- wrk reports "Non-2xx or 3xx responses" when any request fails; a run with such a line does not count.
