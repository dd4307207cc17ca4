#!/bin/sh
# Builds jiefang_VERSION_amd64.deb from this tree: the release binary with the Swift runtime linked
# in (so the machine it goes to needs no Swift), its man page, shell completions and systemd units.
#   sh scripts/package-deb.sh [OUT_DIR]      (default .build/deb; prints the .deb's path)
# Needs dpkg-dev (dpkg-shlibdeps works out Depends from the libraries the binary links), binutils
# and gzip. The version is what the built binary's `jiefang --version` prints (Sources/jiefang/Version.swift).
set -eu
cd "$(dirname "$0")/.."
out=${1:-.build/deb}
root=$out/root

swift build -c release --static-swift-stdlib --product jiefang >&2
swift build -c release --product generate-manual >&2
bin=.build/release/jiefang
version=$($bin --version)
# The man page is dated by the last commit, so the same tree gives the same page.
date=$(git log -1 --format=%cs 2>/dev/null || date -u +%F)

rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/usr/bin" "$root/usr/share/man/man1" "$root/lib/systemd/system" \
    "$root/usr/share/bash-completion/completions" "$root/usr/share/zsh/vendor-completions" \
    "$root/usr/share/fish/vendor_completions.d" "$root/usr/share/doc/jiefang"
install -m 0755 "$bin" "$root/usr/bin/jiefang"
strip --strip-unneeded "$root/usr/bin/jiefang"

.build/release/generate-manual "$bin" --date "$date" --authors "jiefang developers" -o "$out" >&2
gzip -9n < "$out/jiefang.1" > "$root/usr/share/man/man1/jiefang.1.gz"
$bin --generate-completion-script bash > "$root/usr/share/bash-completion/completions/jiefang"
$bin --generate-completion-script zsh > "$root/usr/share/zsh/vendor-completions/_jiefang"
$bin --generate-completion-script fish > "$root/usr/share/fish/vendor_completions.d/jiefang.fish"
for unit in jiefang-serve@.service jiefang-backup@.service jiefang-backup@.timer; do
    install -m 0644 "scripts/debian/$unit" "$root/lib/systemd/system/$unit"
done
install -m 0644 README.md "$root/usr/share/doc/jiefang/README.md"
install -m 0755 scripts/debian/postinst scripts/debian/postrm "$root/DEBIAN/"

# Depends from what the binary links (libxml2, libsqlite3, zlib and libc's family), with the
# versions dpkg-shlibdeps knows; it wants a debian/control beside it.
work=$(mktemp -d)
mkdir -p "$work/debian"
printf 'Source: jiefang\n\nPackage: jiefang\nArchitecture: amd64\n' > "$work/debian/control"
depends=$(cd "$work" && dpkg-shlibdeps -O "$OLDPWD/$root/usr/bin/jiefang" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
rm -rf "$work"
[ -n "$depends" ] || { echo "scripts/package-deb.sh: dpkg-shlibdeps found no dependencies" >&2; exit 1; }
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@SIZE@/$size/" -e "s/@DEPENDS@/$depends/" scripts/debian/control \
    > "$root/DEBIAN/control"

deb=$out/jiefang_${version}_amd64.deb
SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || date +%s) \
    dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >&2
echo "$deb"
