#!/usr/bin/env bash
# Copies the 360° viewer of the online hall (Pannellum, MIT licence) from its npm package into
# src/main/resources/static/vendor/pannellum/. The version and the package's checksum are
# pinned: the same command always gives the same files.
set -euo pipefail
VERSION=2.5.7
SHA256=01a05cdc7d201fda3c8946f65426badd4676df45218d6da5d869c9fdb220150e
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "pannellum@$VERSION" >/dev/null)
echo "$SHA256  $work/pannellum-$VERSION.tgz" | sha256sum -c --quiet
tar -xzf "$work/pannellum-$VERSION.tgz" -C "$work"
target=src/main/resources/static/vendor/pannellum
mkdir -p "$target"
cp "$work/package/build/pannellum.js" "$work/package/build/pannellum.css" "$target/"
cp "$work/package/COPYING" "$target/LICENSE"
echo "Pannellum $VERSION" > "$target/VERSION"
