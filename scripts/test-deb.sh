#!/bin/sh
# Checks a built jiefang .deb the way a town's server would meet it, without installing it:
#   sh scripts/test-deb.sh .build/deb/jiefang_VERSION_amd64.deb
# Unpacks it (dpkg -x), checks the binary links no Swift library, runs init, check, build, the
# backup unit's own command line and a moment of serve with an empty environment and a bare PATH,
# renders the man page, checks the completions and verifies the systemd units.
set -eu
deb=$1
fail() { echo "$deb: error: $*" >&2; exit 1; }
[ -f "$deb" ] || fail "no such package"
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
dpkg -x "$deb" "$dir/root"
bin=$dir/root/usr/bin/jiefang
run() { env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"; }

# One binary: no libswift*, nothing missing.
links=$(ldd "$bin")
if echo "$links" | grep -q 'libswift'; then fail "the binary links the Swift runtime: $links"; fi
if echo "$links" | grep -q 'not found'; then fail "a library is missing: $links"; fi

# The version the package is named after.
version=$(run "$bin" --version)
case $(basename "$deb") in "jiefang_${version}_amd64.deb") ;; *) fail "jiefang --version says $version" ;; esac

# A town's first steps, from the unpacked files only.
town=$dir/town
run "$bin" init "$town" >/dev/null
run "$bin" check "$town/campaign.yaml" >/dev/null 2>&1 || fail "check refused the sample campaign"
(cd "$town" && run "$bin" build campaign.yaml -o output >/dev/null 2>&1)
for file in notice.html plan.docx schedule.xml registers.html; do
    [ -s "$town/output/$file" ] || fail "build wrote no output/$file"
done

# serve makes the ledger and answers its sign-in page, then stops on SIGTERM.
port=$((20000 + $$ % 20000))
(cd "$town" && exec env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "$bin" serve campaign.yaml --port "$port") >/dev/null 2>&1 &
server=$!
answered=no
for _ in $(seq 1 50); do
    if curl -fsS "http://127.0.0.1:$port/signin" 2>/dev/null | grep -q '<form'; then answered=yes; break; fi
    sleep 0.2
done
kill "$server"
wait "$server" || true
[ $answered = yes ] || fail "serve did not answer on port $port"

# The backup unit's command line, run as the unit runs it (in the campaign folder), on the
# ledger serve made.
units=$dir/root/lib/systemd/system
backup=$(sed -n 's/^ExecStart=//p' "$units/jiefang-backup@.service")
(cd "$town" && run $(echo "$backup" | sed "s|^/usr/bin/jiefang|$bin|") >/dev/null 2>&1) \
    || fail "the backup unit's command failed: $backup"
ls "$town/backups/"*.sqlite >/dev/null 2>&1 || fail "the backup unit's command wrote nothing into backups/"

# The man page renders and names every command.
page=$(MANWIDTH=100 man -l "$dir/root/usr/share/man/man1/jiefang.1.gz" 2>/dev/null)
for command in init check plan build rota templates visit appointment case ledger report letter user serve audit remind messages; do
    echo "$page" | grep -q "^ *$command\b" || fail "the man page has no '$command'"
done

# Completions where their shells are: bash's parses and completes the subcommands.
bash -n "$dir/root/usr/share/bash-completion/completions/jiefang" || fail "the bash completion does not parse"
grep -q 'serve' "$dir/root/usr/share/bash-completion/completions/jiefang" || fail "bash completion lacks serve"
[ -s "$dir/root/usr/share/zsh/vendor-completions/_jiefang" ] || fail "no zsh completion"
[ -s "$dir/root/usr/share/fish/vendor_completions.d/jiefang.fish" ] || fail "no fish completion"
if command -v fish >/dev/null; then fish -n "$dir/root/usr/share/fish/vendor_completions.d/jiefang.fish"; fi
if command -v zsh >/dev/null; then zsh -n "$dir/root/usr/share/zsh/vendor-completions/_jiefang"; fi

# The units, with the binary where dpkg -x put it.
if command -v systemd-analyze >/dev/null; then
    mkdir "$dir/units"
    for unit in "$units"/*; do sed "s|/usr/bin/jiefang|$bin|" "$unit" > "$dir/units/$(basename "$unit")"; done
    (cd "$dir/units" && systemd-analyze verify --man=no jiefang-serve@.service jiefang-backup@.service \
        jiefang-backup@.timer) || fail "systemd-analyze verify refused the units"
    grep -q '^ProtectSystem=strict' "$units/jiefang-serve@.service" || fail "serve unit without ProtectSystem=strict"
    grep -q '^ReadWritePaths=/var/lib/jiefang/%i$' "$units/jiefang-serve@.service" || fail "serve unit writes elsewhere"
else
    echo "$deb: warning: no systemd-analyze here; the units were not verified" >&2
    [ "${CI:-}" != true ] || fail "CI needs systemd-analyze (Debian's systemd package)"
fi
echo "$deb: ok ($(du -k "$deb" | cut -f1) KiB; $(dpkg -c "$deb" | grep -c '^-') files)"
