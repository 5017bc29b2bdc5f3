#!/usr/bin/env bash
# Times `easel query` on one data folder, side by side: first with no server running (every query starts the
# embedded Neo4j), then while `easel db start` serves the folder (every query connects to it over Bolt).
# Usage: scripts/query-latency.sh [RUNS]   (default 5 runs each; prints each run, the medians and their ratio)
# Needs a built easel (./easel builds it when missing). Leaves nothing behind: the graph lives in a temporary folder.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
easel="$root/easel"
runs="${1:-5}"
work="$(mktemp -d)"
server=""
cleanup() {
  if [[ -n "$server" ]] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server"
    wait "$server" || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
data="$work/db"

# a graph to ask: the sample crates, scanned from source (no cargo build) and loaded
# (exit 1: the sample "broken" is reported as such; it is still a crate to count)
"$easel" analyze --source-only "$root/testdata/crates" --out "$work/samples.jsonl" -q --no-progress >/dev/null || [[ $? -eq 1 ]]
"$easel" load "$work/samples.jsonl" --data-dir "$data" -q --no-progress >/dev/null

seconds_of_one_query() {
  local start end
  start=$(date +%s.%N)
  "$easel" query unsafe-share --data-dir "$data" --format csv >/dev/null
  end=$(date +%s.%N)
  printf '%.2f\n' "$(echo "$end - $start" | bc)"
}

median() {
  sort -n | awk '{ a[NR] = $1 } END { printf "%.2f\n", (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

cold=()
for ((i = 1; i <= runs; i++)); do
  cold+=("$(seconds_of_one_query)")
  echo "no server, run $i: ${cold[-1]} s"
done

"$easel" db start --data-dir "$data" --bolt-port 0 -q >"$work/uri" 2>"$work/db-start.err" &
server=$!
for ((i = 0; i < 600; i++)); do
  [[ -s "$work/uri" ]] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/db-start.err" >&2; exit 1; }
  sleep 0.1
done
[[ -s "$work/uri" ]] || { echo "db start did not come up in 60 s" >&2; exit 1; }
echo "db start serves $data at $(cat "$work/uri")"

warm=()
for ((i = 1; i <= runs; i++)); do
  warm+=("$(seconds_of_one_query)")
  echo "db start running, run $i: ${warm[-1]} s"
done

cold_median=$(printf '%s\n' "${cold[@]}" | median)
warm_median=$(printf '%s\n' "${warm[@]}" | median)
echo "median without a server: $cold_median s; with db start running: $warm_median s; $(echo "scale=1; $cold_median / $warm_median" | bc)x faster"
