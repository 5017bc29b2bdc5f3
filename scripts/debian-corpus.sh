#!/usr/bin/env bash
# The whole-corpus run of docs/corpus/debian.md: every crate Debian packages (all librust-*-dev packages), built
# offline and analysed by easel, unattended, then the report. Needs root for apt-get (Debian 12).
#
#   scripts/debian-corpus.sh [DIR]        # default DIR: /work/corpus (about 2 GB with the build folders)
#
# Steps, each skipped when its result is there already (so a rerun resumes):
#   1. apt-get download every librust-*-dev package into DIR/debs and unpack each with dpkg-deb -x into DIR/root:
#      the registry folders land in DIR/root/usr/share/cargo/registry, nothing is installed (installing them all
#      drags in far too much);
#   2. apt-get install the native -dev libraries the -sys crates' packages depend on (their non-Rust Depends);
#   3. easel ingest of the whole registry with -j 2 into DIR/neo4j, analyses kept in DIR/corpus.jsonl, under
#      /usr/bin/time -v (wall time and peak memory in DIR/ingest.time); unsafe counted by count-unsafe's rules, the
#      rules Painter's published figures came from (EASEL_UNSAFE_RULES=geiger for cargo-geiger's);
#   4. when DIR/advisory-db holds a checkout of rustsec/advisory-db: easel advisories import;
#   5. easel report into DIR/report, and the build outcomes and the figures beside Qrates' and Evans' as CSV.
set -euo pipefail
dir="${1:-/work/corpus}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
easel="$root/easel"
registry="$dir/root/usr/share/cargo/registry"
mkdir -p "$dir/debs" "$dir/root"
export DEBIAN_FRONTEND=noninteractive

if [[ ! -s "$dir/packages.txt" ]]; then
  apt-get update -qq
  apt-cache pkgnames librust- | grep -- '-dev$' | sort > "$dir/packages.txt"
fi
echo "debian-corpus: $(wc -l < "$dir/packages.txt") librust-*-dev packages" >&2

if [[ ! -d "$registry" ]]; then
  (cd "$dir/debs" && xargs -a "$dir/packages.txt" -n 100 apt-get download -q >/dev/null 2>&1 || true)
  for deb in "$dir"/debs/*.deb; do dpkg-deb -x "$deb" "$dir/root"; done
fi
echo "debian-corpus: $(ls "$registry" | wc -l) package folders in $registry" >&2

if [[ ! -s "$dir/native-dev.txt" ]]; then
  grep -E -- '-sys(-[a-z0-9-]+)?-dev$' "$dir/packages.txt" | while read -r p; do
    apt-cache depends --no-recommends --no-suggests "$p" | awk '/Depends:/ {print $2}' | grep -v '^librust-\|^<' || true
  done | sort -u > "$dir/native-dev.txt"
  apt-get install -y -qq --no-install-recommends $(cat "$dir/native-dev.txt") >/dev/null
fi
echo "debian-corpus: $(wc -l < "$dir/native-dev.txt") native -dev packages installed for the -sys crates" >&2

if [[ ! -s "$dir/ingest.time" ]]; then
  /usr/bin/time -v -o "$dir/ingest.time" "$easel" ingest "$registry" --registry-dir "$registry" -j 2 \
    --data-dir "$dir/neo4j" --work-dir "$dir/build" --cache-dir "$dir/cache" --out "$dir/corpus.jsonl" \
    --unsafe-rules "${EASEL_UNSAFE_RULES:-count-unsafe}" --no-progress > "$dir/summary.txt" 2> "$dir/ingest.log" || true
fi
grep -E "Elapsed|Maximum resident" "$dir/ingest.time" >&2
tail -n 3 "$dir/ingest.log" >&2

if [[ -d "$dir/advisory-db/crates" && ! -s "$dir/advisories.txt" ]]; then
  "$easel" advisories import "$dir/advisory-db" --data-dir "$dir/neo4j" > "$dir/advisories.txt" 2>&1 || true
  tail -n 3 "$dir/advisories.txt" >&2
fi

"$easel" report --data-dir "$dir/neo4j" --out "$dir/report" > /dev/null
"$easel" query build-outcomes --data-dir "$dir/neo4j" --format csv > "$dir/build-outcomes.csv"
"$easel" query build-failures --data-dir "$dir/neo4j" --format csv > "$dir/build-failures.csv"
"$easel" query qrates-evans --data-dir "$dir/neo4j" --format csv > "$dir/qrates-evans.csv"
echo "debian-corpus: report in $dir/report/report.md, outcomes in $dir/build-outcomes.csv" >&2
