#!/usr/bin/env bash
# Upgrade test with the real dpkg: installs package version N into a scratch root (dpkg --root; the maintainer
# scripts run chrooted there, with a shell and a stub xdg-desktop-menu that records its calls), starts the GUI so it
# creates its data in the user's data directory, upgrades to N+1 with dpkg -i, starts it again on the same data,
# removes the package, and checks at each step that the data stayed where it was and nothing was written under /opt.
#
# Usage:  installer/src/test/upgrade.sh OLD.deb NEW.deb
#   e.g.  mvn -B -Pinstaller -DskipTests package -Dinstaller.version=0.1.0 && cp installer/target/*.deb /tmp/
#         mvn -B -Pinstaller -DskipTests package -Dinstaller.version=0.1.1
#         installer/src/test/upgrade.sh /tmp/palmpos_0.1.0-1_amd64.deb installer/target/palmpos_0.1.1-1_amd64.deb
# Needs: root (chroot), dpkg, Xvfb and xwininfo, the packages' Depends on this machine. Prints "upgrade: N passed,
# M failed" last and exits 0 only when all passed. Nothing outside its temporary directory is touched.
set -uo pipefail

old="${1:?usage: upgrade.sh OLD.deb NEW.deb}"
new="${2:?usage: upgrade.sh OLD.deb NEW.deb}"
[[ $(id -u) -eq 0 ]] || { echo "upgrade: needs root for dpkg's chroot into the scratch root" >&2; exit 2; }
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=smoke/gui.sh
source "$here/smoke/gui.sh"

work="$(mktemp -d -t palmpos-upgrade.XXXXXX)"
xvfb_pid=""
trap '[[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null; rm -rf "$work"' EXIT
passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok    $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL  $1"; shift; for line in "$@"; do echo "        $line"; done; }

# --- a scratch root just big enough for dpkg and the package's maintainer scripts ------------------------------------
root="$work/root"
mkdir -p "$root"/{bin,usr/bin,lib/x86_64-linux-gnu,lib64,tmp,var/log} "$root"/var/lib/dpkg/{info,updates,triggers}
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
cp /usr/bin/dash "$root/bin/sh"
cp /lib/x86_64-linux-gnu/libc.so.6 "$root/lib/x86_64-linux-gnu/"
cp /lib64/ld-linux-x86-64.so.2 "$root/lib64/"
printf '#!/bin/sh\necho "xdg-desktop-menu $*" >>/var/log/xdg-desktop-menu.log\n' >"$root/usr/bin/xdg-desktop-menu"
chmod +x "$root/usr/bin/xdg-desktop-menu"
# --force-depends: the libraries the package depends on are on this machine, not in the scratch root;
# --force-bad-path: ldconfig and start-stop-daemon, which dpkg looks for, are not needed by this package.
dpkg_root() { dpkg --root="$root" --force-depends --force-bad-path "$@"; }

launcher="$root/opt/palmpos/bin/palmpos"
home="$work/home"
data="$home/.palmpos"
mkdir -p "$home"
unset PALMPOS_DATA PALMPOS_CONFIG JDK_JAVA_OPTIONS _JAVA_OPTIONS
export JAVA_TOOL_OPTIONS="-Duser.home=$home"
start_xvfb "$work" || exit 1

# Starts the installed GUI on the data directory, waits for its window, lets it settle, stops it; $1 names the step.
run_gui() {
  touch "$work/before-run"
  sleep 1
  start_gui
  if [[ -n "$window_ms" ]]; then
    sleep 3
    stop_gui && pass "$1: GUI showed its window in $window_ms ms and stopped on SIGTERM" \
      || fail "$1: GUI did not stop on SIGTERM"
  else
    fail "$1: no PalmPOS window" "$(tail -15 "$work/gui.out")"
  fi
  [[ -z "$(find "$root/opt" -newer "$work/before-run" -print -quit)" ]] && pass "$1: nothing written under /opt" \
    || fail "$1: the app wrote under /opt" "$(find "$root/opt" -newer "$work/before-run" | head -5)"
}
installed_version() { dpkg-query --admindir="$root/var/lib/dpkg" -W -f '${Version} ${Status}' palmpos 2>/dev/null; }

# --- version N ----------------------------------------------------------------------------------------------------
dpkg_root -i "$old" >"$work/dpkg.log" 2>&1 && pass "dpkg -i $(basename "$old"): $(installed_version)" \
  || { fail "dpkg -i $(basename "$old")" "$(cat "$work/dpkg.log")"; echo "upgrade: $passed passed, $failed failed"; exit 1; }
run_gui "version N"
[[ -f "$data/palmpos.mv.db" && -f "$data/logs/palmpos.log" ]] \
  && pass "version N keeps its database and log in ~/.palmpos ($(ls "$data" | tr '\n' ' '))" \
  || fail "no database or log in ~/.palmpos" "$(ls -la "$data" 2>&1)"
data_files="$(cd "$data" && find . -type f ! -name '*.lock' | LC_ALL=C sort)"
keys_digest="$(sha256sum "$data"/keys.p12 2>/dev/null | cut -d' ' -f1)"
db_size="$(stat -c %s "$data/palmpos.mv.db" 2>/dev/null || echo 0)"
starts_before="$(grep -c 'Starting PalmPOS' "$data/logs/palmpos.log" 2>/dev/null)"

# --- upgrade to N+1 -----------------------------------------------------------------------------------------------
dpkg_root -i "$new" >"$work/dpkg.log" 2>&1 && pass "dpkg -i $(basename "$new") over it: $(installed_version)" \
  || fail "dpkg -i $(basename "$new")" "$(cat "$work/dpkg.log")"
grep -q "Djpackage.app-version=$(dpkg-deb -f "$new" Version | sed 's/-[^-]*$//')" "$root/opt/palmpos/lib/app/palmpos.cfg" \
  && pass "the launcher now runs version N+1" || fail "the launcher configuration is not N+1's"
[[ "$(cd "$data" && find . -type f ! -name '*.lock' | LC_ALL=C sort)" == "$data_files" \
   && "$(sha256sum "$data"/keys.p12 2>/dev/null | cut -d' ' -f1)" == "$keys_digest" \
   && "$(stat -c %s "$data/palmpos.mv.db")" == "$db_size" ]] \
  && pass "the upgrade left the data directory as it was (same files, same key store, same database size)" \
  || fail "the upgrade changed the data directory"
run_gui "version N+1"
starts_after="$(grep -c 'Starting PalmPOS' "$data/logs/palmpos.log")"
(( starts_after == starts_before + 1 )) && pass "version N+1 started on N's data (one log, $starts_after starts)" \
  || fail "the log does not show N+1 starting on the same data ($starts_before then $starts_after starts)"
[[ -z "$(log_errors "$data/logs/palmpos.log")" ]] && pass "no ERROR line in the log across the upgrade" \
  || fail "ERROR lines in the log" "$(log_errors "$data/logs/palmpos.log" | head -5)"

# --- removal and purge keep the data ------------------------------------------------------------------------------
dpkg_root --purge palmpos >"$work/dpkg.log" 2>&1 && [[ ! -e "$root/opt/palmpos" ]] \
  && pass "dpkg --purge removes /opt/palmpos" || fail "dpkg --purge" "$(cat "$work/dpkg.log")"
[[ "$(sha256sum "$data"/keys.p12 2>/dev/null | cut -d' ' -f1)" == "$keys_digest" && -f "$data/palmpos.mv.db" ]] \
  && pass "purging the package leaves the user's data" || fail "purging the package removed user data"
echo "        desktop menu calls: $(tr '\n' ';' <"$root/var/log/xdg-desktop-menu.log")"

echo "upgrade: $passed passed, $failed failed"
(( failed == 0 ))
