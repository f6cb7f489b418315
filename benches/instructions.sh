#!/usr/bin/env bash
# Instructions per request of `fsconn serve`, counted by callgrind: a
# deterministic figure for before/after comparisons that wall-clock load runs
# on this shared 2-core machine cannot settle (BENCHMARKS.md §10, §11).
#
# What it does:
#   - the same data as benches/http_load.rs: a temp copy of examples/freeswitch,
#     an fsconn.toml beside it, 1,000 users (load0..load999) added with
#     `fsconn --no-reload users add --file`;
#   - `fsconn sim` (native) and `fsconn serve` under
#     `valgrind --tool=callgrind`, both on 127.0.0.1 with ephemeral ports;
#   - a client outside valgrind (python3, one keep-alive connection, digest auth
#     the way browsers and curl do it: one challenge, then the same nonce with
#     an incrementing nc) sends N requests to one path. Every answer is checked
#     (status 200, `/userinfo` names the user, `/api/users` lists > 1,000 users);
#   - each window of requests is bracketed by `callgrind_control --zero` and
#     `callgrind_control --dump`, so only that window counts (startup is not
#     counted at all). The client's own first request (the 401 challenge) and
#     the connection set-up are in every window; they cancel in
#       Ir per request = (Ir(N2 requests) - Ir(N1 requests)) / (N2 - N1).
#   - the server also has work that depends on wall time, not on requests
#     (since issue 19: `revoke::refresh_if_changed`, a look at the directory
#     files every 500 ms, ~6 M instructions each with 1,000 users). A window
#     holds a whole number of those looks, by luck of timing, and under
#     valgrind a window lasts far longer than natively, so they would be
#     billed to the requests. The "net" figure therefore subtracts, in each
#     window, the inclusive cost of the functions in BACKGROUND (read from the
#     window's dump with callgrind_annotate); "raw" does not. An idle window
#     (no requests, IDLE seconds) shows what else runs on its own: its Ir
#     minus BACKGROUND should be near zero (printed as "idle rest").
#
# Only user-space instructions of the server count (callgrind does not see the
# kernel's side of the socket calls). Instruction counts do not depend on CPU
# contention, so other work on the machine does not change the figure.
#
# Usage: benches/instructions.sh FSCONN_BINARY [OUTDIR]
#   FSCONN_BINARY: a release build (e.g. target/release/fsconn)
#   OUTDIR: where the callgrind dumps and results.tsv go (default: a new
#           directory under ${TMPDIR:-/tmp}); kept for callgrind_annotate.
# Knobs: N1=500 N2=5500 (requests per window), IDLE=20 (seconds),
#        WARMUP=100 (requests per path before measuring), SETTLE=15 (seconds
#        of quiet after the warm-up),
#        PATHS="/userinfo /api/users",
#        BACKGROUND="fsconn::server::revoke::refresh_if_changed" (space-separated
#        function names whose inclusive cost "net" leaves out; a name the
#        binary lacks counts 0).
# Needs valgrind (callgrind_control) and python3.
# Output: one line per path on stdout, e.g.
#   /api/users  net 88,301 Ir/req  raw 100,086 Ir/req  (N1 500: ... Ir, ... background, ... s; N2 ...)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=$(realpath "${1:?usage: benches/instructions.sh FSCONN_BINARY [OUTDIR]}")
OUT=${2:-$(mktemp -d "${TMPDIR:-/tmp}/fsconn-instructions.XXXXXX")}
N1=${N1:-500}
N2=${N2:-5500}
IDLE=${IDLE:-20}
SETTLE=${SETTLE:-15}
WARMUP=${WARMUP:-100}
PATHS=${PATHS:-/userinfo /api/users}
BACKGROUND=${BACKGROUND:-fsconn::server::revoke::refresh_if_changed}
for tool in valgrind callgrind_control python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool" >&2; exit 2; }
done
[ "$N2" -gt "$N1" ] || { echo "N2 must be above N1" >&2; exit 2; }
mkdir -p "$OUT"
OUT=$(realpath "$OUT")
for v in FSCONN_CONFIG SWITCHCONF STATICPATH RECPATH FSIP FSPORT FSPW CONHOSTNAME \
  FASTIIP FASTIPORT FASTICERT FASTIKEY FSCONN_SERVER FSCONN_USER FSCONN_AUDIT_LOG; do
  unset "$v"
done
export RUST_LOG=warn # logging is not what is measured

W=$(mktemp -d "${TMPDIR:-/tmp}/fsconn-instructions-tree.XXXXXX")
SIM_PID='' VG_PID=''
cleanup() {
  [ -n "$VG_PID" ] && kill "$VG_PID" 2>/dev/null && wait "$VG_PID" 2>/dev/null
  [ -n "$SIM_PID" ] && kill "$SIM_PID" 2>/dev/null && wait "$SIM_PID" 2>/dev/null
  rm -rf "$W"
}
trap cleanup EXIT

# The tree of benches/http_load.rs `prepare`.
cp -r "$ROOT/examples/freeswitch" "$W/freeswitch"
mkdir -p "$W/static/phone" "$W/recordings"
cat >"$W/fsconn.toml" <<'EOF'
conf_dir = "freeswitch"
static_dir = "static"
recordings_dir = "recordings"
[esl]
host = "127.0.0.1"
port = 1
EOF
python3 - >"$W/body.json" <<'EOF'
import json
print(json.dumps([{"name": f"load{i}", "email": f"load{i}@example.com",
                   "context": ["team", "friends", "public"][i % 3],
                   "password": f"loadpw{i:05}"} for i in range(1000)]))
EOF
(cd "$W" && "$BIN" --config "$W/fsconn.toml" --no-reload --quiet users add --file body.json >/dev/null)

# wait_listening FILE SECONDS: the address from the first stdout line
# ("fsconn sim: listening on 127.0.0.1:PORT", "... on http://127.0.0.1:PORT").
wait_listening() {
  for _ in $(seq 1 $(($2 * 10))); do
    if [ -s "$1" ]; then
      head -1 "$1" | awk '{print $NF}' | sed 's#^https\?://##'
      return 0
    fi
    sleep 0.1
  done
  echo "no 'listening on' line in $1 after $2 s" >&2
  return 1
}

cd "$W"
"$BIN" --config "$W/fsconn.toml" sim --listen 127.0.0.1:0 >"$W/sim.out" 2>"$W/sim.log" &
SIM_PID=$!
SIM=$(wait_listening "$W/sim.out" 20)
valgrind --tool=callgrind --callgrind-out-file="$OUT/callgrind.out" --log-file="$OUT/valgrind.log" \
  "$BIN" --config "$W/fsconn.toml" --esl "$SIM" serve --listen 127.0.0.1:0 \
  >"$W/serve.out" 2>"$OUT/serve.log" &
VG_PID=$!
ADDR=$(wait_listening "$W/serve.out" 600)

cat >"$W/client.py" <<'EOF'
"""N digest-authenticated GETs of one path over one keep-alive connection."""
import hashlib, http.client, json, os, re, sys

host, port = sys.argv[1].rsplit(":", 1)
path, n = sys.argv[2], int(sys.argv[3])
user, password = "defaultuser", "napw"
md5 = lambda s: hashlib.md5(s.encode()).hexdigest()
conn = http.client.HTTPConnection(host, int(port), timeout=600)

def get(headers):
    conn.request("GET", path, headers=headers)
    r = conn.getresponse()
    return r, r.read()

challenges, nc, auth = 0, 0, None
done = 0
while done < n:
    if auth is None:
        r, _ = get({})
        assert r.status == 401, f"challenge: {r.status}"
        www = r.getheader("www-authenticate")
        auth = dict(re.findall(r'(\w+)="?([^",]*)"?', www))
        challenges, nc = challenges + 1, 0
    nc += 1
    cnonce = os.urandom(8).hex()
    ha1 = md5(f"{user}:{auth['realm']}:{password}")
    resp = md5(f"{ha1}:{auth['nonce']}:{nc:08x}:{cnonce}:auth:{md5('GET:' + path)}")
    r, body = get({"Authorization":
        f'Digest username="{user}", realm="{auth["realm"]}", nonce="{auth["nonce"]}", '
        f'uri="{path}", algorithm=MD5, qop=auth, nc={nc:08x}, cnonce="{cnonce}", '
        f'response="{resp}", opaque="{auth["opaque"]}"'})
    if r.status == 401 and "stale=true" in (r.getheader("www-authenticate") or ""):
        auth = None  # an expired nonce: a new challenge, then go on
        continue
    assert r.status == 200, f"{path}: {r.status} {body[:200]!r}"
    if done == 0:
        v = json.loads(body)
        if path == "/userinfo":
            assert v["name"] == user, v
        elif path == "/api/users":
            assert len(v["users"]) > 1000, len(v["users"])
    done += 1
print(challenges)
EOF

# window LABEL PATH N: zero the counters, N requests (0: sleep IDLE s), dump;
# appends "LABEL PATH N Ir background-Ir seconds challenges" to results.tsv.
window() {
  callgrind_control --zero "$VG_PID" >/dev/null 2>&1
  local t0 t1 ch=0
  t0=$(date +%s.%N)
  if [ "$3" -eq 0 ]; then sleep "$IDLE"; else ch=$(python3 "$W/client.py" "$ADDR" "$2" "$3"); fi
  t1=$(date +%s.%N)
  callgrind_control --dump="$1" "$VG_PID" >/dev/null 2>&1
  local file=''
  for _ in $(seq 1 600); do
    file=$(grep -l "^desc: Trigger: dump $1\$" "$OUT"/callgrind.out.* 2>/dev/null | head -1 || true)
    [ -n "$file" ] && grep -q '^totals:' "$file" && break
    sleep 0.1
  done
  [ -n "$file" ] || { echo "no callgrind dump for $1" >&2; exit 1; }
  mv "$file" "$OUT/$1.callgrind"
  local ir bg=0 f c
  ir=$(awk '/^summary:/ {print $2}' "$OUT/$1.callgrind")
  for f in $BACKGROUND; do
    c=$(callgrind_annotate --inclusive=yes --threshold=100 "$OUT/$1.callgrind" |
      awk -v f="$f" '!n && index($0, ":" f " [") {gsub(",", "", $1); print $1; n = 1}')
    bg=$((bg + ${c:-0}))
  done
  printf '%s\t%s\t%s\t%s\t%s\t%.3f\t%s\n' "$1" "$2" "$3" "$ir" "$bg" "$(awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}')" "$ch" >>"$OUT/results.tsv"
}

printf 'label\tpath\trequests\tIr\tbackground\tseconds\tchallenges\n' >"$OUT/results.tsv"
for p in $PATHS; do python3 "$W/client.py" "$ADDR" "$p" "$WARMUP" >/dev/null; done
# Let start-up work finish (the cache refresh when the ESL connection comes up
# runs after the listening line; under valgrind it takes seconds).
sleep "$SETTLE"
window idle - 0
for p in $PATHS; do
  name=$(echo "$p" | tr -c 'a-z0-9\n' '_')
  window "n1$name" "$p" "$N1"
  window "n2$name" "$p" "$N2"
done

python3 - "$OUT/results.tsv" "$N1" "$N2" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
n1, n2 = int(sys.argv[2]), int(sys.argv[3])
for r in rows:
    r["Ir"], r["background"] = int(r["Ir"]), int(r["background"])
idle = next(r for r in rows if r["label"] == "idle")
rest = (idle["Ir"] - idle["background"]) / float(idle["seconds"])
print(f"idle: {idle['Ir']:,} Ir in {idle['seconds']} s, background {idle['background']:,}; "
      f"idle rest {rest:,.0f} Ir/s")
for path in dict.fromkeys(r["path"] for r in rows if r["path"] != "-"):
    a, b = [next(r for r in rows if r["path"] == path and int(r["requests"]) == n) for n in (n1, n2)]
    raw = (b["Ir"] - a["Ir"]) / (n2 - n1)
    net = ((b["Ir"] - b["background"]) - (a["Ir"] - a["background"])) / (n2 - n1)
    print(f"{path}\tnet {net:,.0f} Ir/req\traw {raw:,.0f} Ir/req\t"
          f"(N1 {n1}: {a['Ir']:,} Ir, {a['background']:,} background, {a['seconds']} s; "
          f"N2 {n2}: {b['Ir']:,} Ir, {b['background']:,} background, {b['seconds']} s; "
          f"challenges {a['challenges']}/{b['challenges']})")
EOF
echo "dumps and results.tsv in $OUT"
