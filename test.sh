#!/usr/bin/env bash
# Runs the whole dyad test suite under CTest.
#   bash test.sh              # release build in build/
#   bash test.sh --sanitize   # ASan+UBSan build in build-asan/
set -euo pipefail
cd "$(dirname "$0")"
bash setup.sh --deps >/dev/null
JOBS=$(nproc 2>/dev/null || echo 2)
if [ "${1:-}" = "--sanitize" ]; then
  dir=build-asan; flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DDYAD_SANITIZE=ON -DDYAD_BENCH=OFF)
else
  dir=build; flags=(-DCMAKE_BUILD_TYPE=Release)
fi
cmake -S . -B "$dir" "${flags[@]}" >/dev/null
cmake --build "$dir" -j"$JOBS"
[ -x tools/build_gazetteer.sh ] && { bash tools/build_gazetteer.sh "$dir" || true; }
cd "$dir" && ctest --output-on-failure -j"$JOBS" --timeout 900
