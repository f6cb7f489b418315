#!/usr/bin/env bash
# The CLI through the real release binary, timed with hyperfine:
#   - 1,000-user `users add --file` with durable writes (fresh copy of
#     examples/freeswitch before every run, via --prepare)
#   - `users list` on 1,000 users (table and --json)
#   - startup: `fsconn --version`, `fsconn --config examples/fsconn.toml users list`
#
# Usage: benches/cli.sh [OUTDIR]     (needs hyperfine; builds the release binary)
# Results: OUTDIR/*.json and *.md (hyperfine exports); default target/bench-results.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
OUT=${1:-$TARGET/bench-results}
RUNS=${RUNS:-20}
mkdir -p "$OUT"
cargo build --release --quiet
BIN=$TARGET/release/fsconn
for v in FSCONN_CONFIG SWITCHCONF STATICPATH RECPATH FSIP FSPORT FSPW CONHOSTNAME FASTIIP FASTIPORT FASTICERT FASTIKEY; do
  unset "$v"
done

W=$(mktemp -d "${TMPDIR:-/tmp}/fsconn-cli-bench.XXXXXX")
trap 'rm -rf "$W"' EXIT
cd "$W"   # no ./fsconn.toml here: only the flags count

# The same 1,000 users as benches/users_bulk.rs.
python3 - > body.json <<'EOF'
import json
print(json.dumps([{"name": f"bench{i}", "email": f"b{i}@example.com",
                   "context": "team" if i % 2 == 0 else "public",
                   "password": "benchpw12345"} for i in range(1000)]))
EOF

echo "in $W ($(df -T "$W" | awk 'NR==2 {print $1, $2}')), load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. users add: a fresh copy per run; `sync` so the copy's dirty pages are not
#    flushed by the add's syncfs and billed to it. --static-dir: the add also
#    writes each user's provisioning file (<static>/linphone/ID/linphone.xml),
#    which must start empty too (the default /static would be shared).
#    Where it runs matters: TMPDIR=/a/fresh/ext4 vs a busy, churned one
#    (see BENCHMARKS.md).
hyperfine --shell=none --warmup 2 --runs "$RUNS" \
  --prepare "bash -c 'rm -rf $W/add $W/add-static && cp -r $ROOT/examples/freeswitch $W/add && sync'" \
  --export-json "$OUT/users_add.json" --export-markdown "$OUT/users_add.md" \
  -n "users add 1000 (durable)" \
  "$BIN --conf-dir $W/add --static-dir $W/add-static --no-reload users add --file $W/body.json"

# 2. users list on 1,000 (+ the example's) users.
rm -rf "$W/list" && cp -r "$ROOT/examples/freeswitch" "$W/list"
"$BIN" --conf-dir "$W/list" --static-dir "$W/list-static" --no-reload --quiet users add --file "$W/body.json" >/dev/null
test "$("$BIN" --conf-dir "$W/list" users list --json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["users"]))')" -gt 1000
hyperfine --shell=none --warmup 3 --runs "$((RUNS * 2))" \
  --export-json "$OUT/users_list.json" --export-markdown "$OUT/users_list.md" \
  -n "users list (table)" "$BIN --conf-dir $W/list users list" \
  -n "users list --json" "$BIN --conf-dir $W/list users list --json"

# 3. startup.
cd "$ROOT"
hyperfine --shell=none --warmup 5 --runs "$((RUNS * 5))" \
  --export-json "$OUT/startup.json" --export-markdown "$OUT/startup.md" \
  -n "fsconn --version" "$BIN --version" \
  -n "users list (example)" "$BIN --config examples/fsconn.toml users list"

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "results in $OUT"
