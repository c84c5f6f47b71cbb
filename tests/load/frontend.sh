#!/usr/bin/env bash
# Load run for the GraphQL front-end query (issue 3): builds the host in Release, starts it on a fresh SQLite store,
# defines the Article type from tests/recipes/frontend-articles.recipe.json, creates 200 published articles, then runs
# wrk (2 threads, 32 connections, 10 s) against:
#   1. the front-end query with the response cache off   (StemStl:GraphQL:ResponseCacheDuration=0)
#   2. the same query with the response cache on         (a second host on the same store)
#   3. Kestrel's ceiling in the same host: GET /health/live, a trivial JSON endpoint
# Each measured run follows a 30 s warm-up of the same load (WARMUP=seconds to change it).
# Usage: bash tests/load/frontend.sh          Results go to stdout; copy them into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/../.."

port=5099
url="http://127.0.0.1:$port"
data="$(mktemp -d)"
password="Load-Run-$(date +%s)-pass"
jar="$data/cookies"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$data"' EXIT

dotnet build -c Release src/StemStl.Cms.Web -v quiet -nologo >/dev/null

start_host() { # $1 = response cache duration (hh:mm:ss; zero switches the cache off)
  ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$url" \
  StemStl__Store__Provider=Sqlite StemStl__Store__DataFolder="$data" StemStl__Store__ConnectionString="Data Source=$data/stemstl.db" \
  StemStl__Setup__AdminUserName=admin StemStl__Setup__AdminPassword="$password" \
  StemStl__RateLimits__GraphQLPerMinute=10000000 StemStl__GraphQL__CostPerMinute=0 StemStl__GraphQL__ResponseCacheDuration="$1" \
  Serilog__MinimumLevel__Default=Warning \
    dotnet src/StemStl.Cms.Web/bin/Release/net10.0/StemStl.Cms.Web.dll >"$data/host.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -fs "$url/health" >/dev/null 2>&1 && return 0; sleep 0.5; done
  echo "the host did not start:"; cat "$data/host.log"; exit 1
}

stop_host() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

seed() {
  curl -fs -c "$jar" -H 'Content-Type: application/json' -d "{\"userName\":\"admin\",\"password\":\"$password\"}" "$url/api/account/signin" >/dev/null
  curl -fs -b "$jar" -H 'Content-Type: application/json' --data @tests/recipes/frontend-articles.recipe.json "$url/api/recipes/run" >/dev/null
  for i in $(seq 1 200); do
    wg="stemstlworkgroup000000000$(( (i % 5) + 1 ))"
    curl -fs -b "$jar" -H 'Content-Type: application/json' "$url/api/content" -d "{\"ContentType\":\"Article\",
      \"TitlePart\":{\"Title\":\"Load article $i\"},\"AutoroutePart\":{\"Path\":\"articles/load-$i\"},
      \"MarkdownBodyPart\":{\"Markdown\":\"## Article $i\\n\\nHands-on **STEM** activities for grades 6-8, with [a link](https://example.org/$i).\"},
      \"Article\":{\"Workgroup\":{\"ContentItemIds\":[\"$wg\"]},\"Rank\":{\"Value\":$i}}}" >/dev/null
  done
}

run() { # $1 = label, rest = wrk arguments
  local label="$1"; shift
  echo "== $label"
  # Warm-up, not measured: the JIT recompiles hot methods with profile data (tiered PGO) in the first seconds of load,
  # on the same two cores; measured cold, a run counts that compilation, not the steady state a site serves in.
  wrk -t2 -c32 -d"${WARMUP:-30}"s "$@" >/dev/null
  wrk -t2 -c32 -d10s --latency "$@" | grep -E "Requests/sec|Latency |50%|99%|Non-2xx|Socket errors"
}

start_host 00:00:00
seed
curl -fs -H 'Content-Type: application/json' -d '{"query":"{ article(first: 1) { displayText } }"}' "$url/api/graphql" | grep -q '"displayText"' || { echo "the seeded articles are not readable over GraphQL"; exit 1; }
run "front-end query, response cache off" -s tests/load/frontend-query.lua "$url/api/graphql"
run "Kestrel ceiling: GET /health/live" "$url/health/live"
stop_host

start_host 00:01:00
run "front-end query, response cache on" -s tests/load/frontend-query.lua "$url/api/graphql"
stop_host
