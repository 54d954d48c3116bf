#!/usr/bin/env bash
# Copies the HLS player of the broadcast pages (hls.js, Apache-2.0 licence; its light build,
# without subtitles, alternative audio and DRM, which the portal's streams do not use) from its
# npm package into src/main/resources/static/vendor/hls.js/. The version and the package's
# checksum are pinned: the same command always gives the same files.
set -euo pipefail
VERSION=1.7.4
SHA256=e4ab3d5d13f7cca9ef241d098f39686e19fd451831ba07dc9943482fd5ff75c7
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "hls.js@$VERSION" >/dev/null)
echo "$SHA256  $work/hls.js-$VERSION.tgz" | sha256sum -c --quiet
tar -xzf "$work/hls.js-$VERSION.tgz" -C "$work"
target=src/main/resources/static/vendor/hls.js
mkdir -p "$target"
# The source map comment points to a file that is not served: left out.
sed '/^\/\/# sourceMappingURL=/d' "$work/package/dist/hls.light.min.js" > "$target/hls.light.min.js"
cp "$work/package/LICENSE" "$target/LICENSE"
echo "hls.js $VERSION" > "$target/VERSION"
