#!/usr/bin/env bash
# Refresh the console's vendored JsSIP (web/vendor/jssip/) from the npm
# registry: scripts/refresh-jssip.sh 3.13.8
#
# The npm package ships CommonJS only (lib/), no browser build, so this
# fetches the exact version with npm, checks the tarball against the
# registry's integrity hash, installs its three runtime dependencies (npm
# checks theirs), and bundles lib/JsSIP.js into one ES module with a pinned
# esbuild (the bundler JsSIP's own `npm run build` uses). The result must not
# need eval: the console's CSP has no 'unsafe-eval'.
set -euo pipefail
version="${1:?usage: $0 JSSIP_VERSION (e.g. 3.13.8)}"
esbuild="${ESBUILD_VERSION:-0.27.2}"
case "$version" in
    [0-9]*.[0-9]*.[0-9]*) ;;
    *) echo "$0: the version must be exact (x.y.z), got '$version'" >&2; exit 2 ;;
esac
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/web/vendor/jssip"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

expected="$(npm view "jssip@$version" dist.integrity)"
tarball="$(npm pack --silent "jssip@$version")"
actual="sha512-$(openssl dgst -sha512 -binary "$tarball" | base64 -w0)"
if [ "$expected" != "$actual" ]; then
    echo "$0: $tarball: integrity $actual, the registry says $expected" >&2
    exit 1
fi
tar xzf "$tarball"
cd package
npm install --silent --omit=dev --ignore-scripts --no-audit --no-fund >/dev/null
npx --yes "esbuild@$esbuild" lib/JsSIP.js --bundle --format=esm --platform=browser \
    --target=es2020 --minify --legal-comments=eof --log-level=warning \
    --outfile="$work/jssip.js"
if grep -Eq '(^|[^.a-zA-Z_$])eval\(|new Function\(' "$work/jssip.js"; then
    echo "$0: the bundle calls eval or new Function: the console's CSP would block it" >&2
    exit 1
fi

mkdir -p "$out"
cp "$work/jssip.js" "$out/jssip.js"
{
    echo "JsSIP $version (MIT), bundled with its dependencies; their licenses follow."
    echo
    cat LICENSE*
    for dep in debug ms events sdp-transform; do
        lic="$(ls node_modules/$dep/LICENSE* node_modules/$dep/license* 2>/dev/null | head -1 || true)"
        [ -n "$lic" ] || continue
        echo
        echo "---- $dep $(node -p "require('./node_modules/$dep/package.json').version")"
        cat "$lic"
    done
} >"$out/LICENSE"
cat >"$out/VERSION" <<INFO
jssip $version
integrity $expected
bundled by esbuild $esbuild ($(basename "$0"))
INFO
echo "web/vendor/jssip: JsSIP $version ($(wc -c <"$out/jssip.js") bytes)"
