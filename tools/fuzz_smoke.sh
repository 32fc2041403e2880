#!/bin/bash
# Builds every libFuzzer harness (fuzz/*_fuzz.cc) with clang + ASan/UBSan in
# build-fuzz/ and runs each for SECONDS on its seed corpus fuzz/corpus/<name>/.
# Exits non-zero when a build fails or any harness finds a crash, leak or
# timeout; the input that triggered it is left in build-fuzz/artifacts/.
#   usage: tools/fuzz_smoke.sh [SECONDS]    (default 30)
# Keep each crash input found in fuzz/corpus/<name>/ once fixed: the
# fuzz_regress test replays those directories.
set -u
SECONDS_PER_HARNESS="${1:-30}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="$ROOT/build-fuzz"
JOBS="${FUZZ_JOBS:-2}"
cd "$ROOT"

command -v clang++ >/dev/null || { echo "fuzz_smoke: clang++ not found" >&2; exit 2; }

CC=clang CXX=clang++ cmake -S . -B "$BUILD" -DDYAD_FUZZ=ON -DDYAD_TESTS=OFF -DDYAD_BENCH=OFF \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined" >/dev/null ||
  { echo "fuzz_smoke: cmake configure failed" >&2; exit 2; }

names=()
for src in fuzz/*_fuzz.cc; do
  [ -e "$src" ] || continue
  names+=("$(basename "$src" .cc)")
done
[ ${#names[@]} -gt 0 ] || { echo "fuzz_smoke: no fuzz/*_fuzz.cc harness" >&2; exit 2; }

if ! cmake --build "$BUILD" -j"$JOBS" --target dyad; then
  echo "fuzz_smoke: library build failed" >&2
  exit 2
fi

mkdir -p "$BUILD/artifacts"
status=0
for name in "${names[@]}"; do
  # One harness that does not build (a stage still in progress) must not hide the others.
  if ! cmake --build "$BUILD" -j"$JOBS" --target "$name" >"$BUILD/$name.build.log" 2>&1; then
    echo "!! $name does not build: see $BUILD/$name.build.log" >&2
    status=1
    continue
  fi
  exe="$BUILD/fuzz/$name"
  [ -x "$exe" ] || exe="$BUILD/$name"
  seeds="$ROOT/fuzz/corpus/$name"
  work="$BUILD/corpus/$name"  # new inputs go here, not into the repository
  mkdir -p "$work" "$seeds"
  echo "== $name: ${SECONDS_PER_HARNESS}s"
  if ! ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1" \
      "$exe" "$work" "$seeds" -max_total_time="$SECONDS_PER_HARNESS" -max_len=65536 \
      -rss_limit_mb=2048 -timeout=25 -print_final_stats=1 \
      -artifact_prefix="$BUILD/artifacts/$name-" >"$BUILD/$name.log" 2>&1; then
    echo "!! $name FAILED: see $BUILD/$name.log and $BUILD/artifacts/$name-*" >&2
    grep -E "ERROR|SUMMARY|Test unit written" "$BUILD/$name.log" | head -5 >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|cov: " "$BUILD/$name.log" | tail -2
  fi
done
exit $status
