#!/usr/bin/env bash
# `fsconn store freeswitch` of big trees through the real release binary:
# wall time and peak RSS from /usr/bin/time -v, for trees of 1,000, 10,000
# and 50,000 extra files (the example config plus N ~1 KB XML files), laid
# out two ways: `nested` (100 files per directory) and `flat` (all N in one
# directory). Peak RSS should stay flat as N grows.
#
# Usage: benches/store_tree.sh [OUTDIR]   (default target/bench-results)
# Knobs: SIZES="1000 10000 50000", RUNS=3
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
OUT=${1:-$TARGET/bench-results}
SIZES=${SIZES:-1000 10000 50000}
RUNS=${RUNS:-3}
mkdir -p "$OUT"
cargo build --release --quiet
BIN=$TARGET/release/fsconn
test -x /usr/bin/time || { echo "needs /usr/bin/time (apt-get install time)"; exit 2; }

W=$(mktemp -d "${TMPDIR:-/tmp}/fsconn-store-bench.XXXXXX")
trap 'rm -rf "$W"' EXIT
cd "$W"

# make_tree LAYOUT N DIR: the example plus N files under autoload_configs/bulk/.
make_tree() {
  rm -rf "$3"
  cp -r "$ROOT/examples/freeswitch" "$3"
  python3 - "$1" "$2" "$3/autoload_configs/bulk" <<'EOF'
import os, sys, random
layout, n, base = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rnd = random.Random(n)
for i in range(n):
    d = os.path.join(base, f"d{i // 100:04d}") if layout == "nested" else base
    if i % 100 == 0 or layout == "flat" and i == 0:
        os.makedirs(d, exist_ok=True)
    params = "".join(
        f'    <param name="p{j}" value="{rnd.getrandbits(64):016x}"/>\n' for j in range(12))
    with open(os.path.join(d, f"f{i:06d}.xml"), "w") as f:
        f.write(f'<configuration name="bulk{i}.conf" description="bench file {i}">\n'
                f'  <settings>\n{params}  </settings>\n</configuration>\n')
EOF
  sync
}

RESULTS="$OUT/store_tree.tsv"
printf 'layout\tfiles\trun\twall_s\tmax_rss_kb\tarchive_bytes\tloadavg\n' > "$RESULTS"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
for layout in nested flat; do
  for n in $SIZES; do
    make_tree "$layout" "$n" "$W/fs"
    files=$(find "$W/fs" -type f | wc -l)
    for run in $(seq 1 "$RUNS"); do
      rm -f "$W/out.tar.gz"
      load=$(cut -d' ' -f1 /proc/loadavg)
      /usr/bin/time -v -o "$W/time.txt" \
        "$BIN" --conf-dir "$W/fs" --static-dir "$W/static" --quiet store freeswitch --output "$W/out.tar.gz"
      wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]; print s}' "$W/time.txt")
      rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$W/time.txt")
      size=$(stat -c %s "$W/out.tar.gz")
      entries=$(tar -tvzf "$W/out.tar.gz" | grep -c '^-')
      test "$entries" -eq "$files" || { echo "archive has $entries files, tree $files"; exit 1; }
      printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$layout" "$files" "$run" "$wall" "$rss" "$size" "$load" >> "$RESULTS"
      awk -v l="$layout" -v f="$files" -v r="$run" -v w="$wall" -v m="$rss" -v s="$size" -v a="$load" \
        'BEGIN { printf "%-6s %6d files  run %d: %6.2f s  max RSS %6.1f MB  archive %5.1f MB  (load %s)\n", l, f, r, w, m/1024, s/1048576, a }'
    done
  done
done
echo "results in $RESULTS"
