#!/usr/bin/env bash
# Smoke test of the Linux package, run the way a store PC runs it:
#   unpack the .deb (dpkg-deb -x, nothing installed system-wide), check its metadata, run the installed launcher with
#   --version and --help, load OpenCV inside the installed runtime, recognise synthetic palms with synth + eval,
#   start the cloud emulator (HTTP on loopback), start the GUI on a virtual X display for a few
#   seconds with an empty home (so the default data directory ~/.palmpos is used), check the window appears and the
#   log has no ERROR line, stop it with SIGTERM, and check that nothing was written into the install directory.
#
# Why Xvfb and not Monocle: the package is tested unmodified (Monocle is not in it), through the same GTK glass,
# libgtk-3 dependency and X window a cashier gets; the window's appearance is seen from outside the app, which also
# times the cold start.
#
# Usage:  installer/src/test/smoke.sh [--gui-seconds N] [--startup-runs N] [--keep] installer/target/palmpos_*.deb
#   --gui-seconds N   how long the GUI must stay up (default 8)
#   --startup-runs N  afterwards start the GUI N more times and print the median time to the first window
#   --keep            keep the temporary directory (its path is printed) to look at logs
# Needs: dpkg-deb; a JDK (javac, jar) for the OpenCV probe; Debian's xvfb and x11-utils (xwininfo); the package's
#   Depends installed:  apt-get satisfy -y --no-install-recommends "$(dpkg-deb -f DEB Depends)"
# Prints "smoke: N passed, M failed" last and exits 0 only when all passed.
set -uo pipefail

gui_seconds=8
startup_runs=0
keep=false
while [[ $# -gt 1 ]]; do
  case "$1" in
    --gui-seconds) gui_seconds="$2"; shift 2 ;;
    --startup-runs) startup_runs="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    *) break ;;
  esac
done
deb="${1:?usage: smoke.sh [--gui-seconds N] [--startup-runs N] [--keep] PACKAGE.deb}"
[[ -f "$deb" ]] || { echo "smoke: no package at $deb: build it with mvn -B -Pinstaller -DskipTests package" >&2; exit 2; }
for tool in dpkg-deb javac jar Xvfb xwininfo; do
  command -v "$tool" >/dev/null || { echo "smoke: $tool is missing (apt-get install dpkg xvfb x11-utils and a JDK)" >&2; exit 2; }
done

here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=smoke/gui.sh
source "$here/smoke/gui.sh"
work="$(mktemp -d -t palmpos-smoke.XXXXXX)"
xvfb_pid=""
cleanup() {
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null
  if $keep; then echo "smoke: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "  ok    $1"; }
fail() { failed=$((failed + 1)); echo "  FAIL  $1"; shift; for line in "$@"; do echo "        $line"; done; }

# --- the package --------------------------------------------------------------------------------------------------
echo "smoke: $(basename "$deb"), $(( $(stat -c %s "$deb") / 1024 / 1024 )) MiB"
dpkg-deb -x "$deb" "$work/root"
app="$work/root/opt/palmpos"
launcher="$app/bin/palmpos"
[[ -x "$launcher" ]] && pass "unpacks to /opt/palmpos with launcher bin/palmpos" \
  || { fail "no launcher at /opt/palmpos/bin/palmpos"; echo "smoke: $passed passed, $failed failed"; exit 1; }
echo "        installed size $(du -sm "$app" | cut -f1) MiB (runtime $(du -sm "$app/lib/runtime" | cut -f1), app $(du -sm "$app/lib/app" | cut -f1))"

depends="$(dpkg-deb -f "$deb" Depends)"
[[ "$depends" == *libgtk-3-0* && "$depends" == *libgl1* ]] && pass "Depends names libgtk-3-0 and libgl1" \
  || fail "Depends lacks what JavaFX needs" "$depends"

desktop="$(ls "$app"/lib/*.desktop 2>/dev/null | head -1)"
if [[ -n "$desktop" ]] && grep -qx 'Categories=Office;Finance;' "$desktop" && grep -qx "Exec=/opt/palmpos/bin/palmpos" "$desktop" \
   && grep -q '^Icon=/opt/palmpos/lib/palmpos.png' "$desktop" && [[ -s "$app/lib/palmpos.png" ]]; then
  pass "desktop entry: Office;Finance, launcher and icon"
else
  fail "desktop entry missing or wrong" "$(cat "$desktop" 2>/dev/null)"
fi

opencv_jar="$(ls "$app"/lib/app/lib/opencv-*.jar)"
natives="$(jar tf "$opencv_jar" | grep -E '\.(so|dll|dylib)$')"
[[ "$natives" == "nu/pattern/opencv/linux/x86_64/libopencv_java490.so" ]] \
  && pass "OpenCV jar carries only the linux/x86_64 native ($(( $(stat -c %s "$opencv_jar") / 1024 / 1024 )) MiB)" \
  || fail "OpenCV jar natives are not just linux/x86_64" $natives

# a Java agent that loads OpenCV in the installed JVM (compiled before JAVA_TOOL_OPTIONS is set below)
unset JAVA_TOOL_OPTIONS
mkdir -p "$work/probe"
javac -nowarn -d "$work/probe" -cp "$opencv_jar" "$here/smoke/OpenCvProbe.java" \
  && printf 'Premain-Class: OpenCvProbe\n' >"$work/probe/manifest" \
  && jar --create --file "$work/probe.jar" --manifest "$work/probe/manifest" -C "$work/probe" OpenCvProbe.class

# --- the launcher, with an empty home so the defaults apply ---------------------------------------------------------
# Java takes user.home from the password database, not $HOME: the JVM option is the way to give the app another home.
home="$work/home"
mkdir -p "$home"
unset PALMPOS_DATA PALMPOS_CONFIG JDK_JAVA_OPTIONS _JAVA_OPTIONS
export JAVA_TOOL_OPTIONS="-Duser.home=$home"
digest() { (cd "$app" && find . -printf '%p %s %m %T@\n' | LC_ALL=C sort | sha256sum | cut -d' ' -f1); }
install_digest="$(digest)"

out="$("$launcher" --version 2>"$work/err")"; rc=$?
[[ $rc -eq 0 && "$out" == PalmPOS\ * ]] && pass "--version: $(head -1 <<<"$out")" || fail "--version exit $rc" "$out" "$(cat "$work/err")"

out="$("$launcher" --help 2>"$work/err")"; rc=$?
[[ $rc -eq 0 && "$out" == *"Usage: palmpos"* && "$out" == *gui* ]] && pass "--help lists the commands" \
  || fail "--help exit $rc" "$out" "$(cat "$work/err")"

out="$(JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -javaagent:$work/probe.jar" "$launcher" --version 2>&1)"; rc=$?
probe="$(grep '^opencv-probe:' <<<"$out")"
[[ $rc -eq 0 && "$probe" == *"trace of eye(3) = 3"* ]] && pass "OpenCV loads in the installed runtime: ${probe#opencv-probe: }" \
  || fail "OpenCV does not load in the installed runtime (exit $rc)" "$out"

# the app's own OpenCV path (synthetic palms, then recognition) and its HTTP server (the cloud emulator: jdk.httpserver)
out="$("$launcher" synth --subjects=3 --samples=2 "$work/palms" 2>&1 && "$launcher" eval --enroll=1 "$work/palms" 2>&1)"; rc=$?
[[ $rc -eq 0 && "$out" == *"rank-1"* ]] && pass "synth + eval recognise palms: $(grep -o 'rank-1.*' <<<"$out")" \
  || fail "synth + eval exit $rc" "$(tail -15 <<<"$out")"

port=$(( 20000 + RANDOM % 20000 ))
"$launcher" cloud --port="$port" --data "$work/cloud" >"$work/cloud.out" 2>&1 &
cloud_pid=$!
listening=false
for _ in $(seq 200); do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && { listening=true; break; }
  kill -0 "$cloud_pid" 2>/dev/null || break
  sleep 0.1
done
kill -TERM "$cloud_pid" 2>/dev/null; wait "$cloud_pid" 2>/dev/null
$listening && pass "cloud emulator listens on 127.0.0.1:$port" || fail "cloud emulator did not listen" "$(tail -15 "$work/cloud.out")"

# --- the GUI on a virtual display ---------------------------------------------------------------------------------
start_xvfb "$work"

log="$home/.palmpos/logs/palmpos.log"


start_gui
if [[ -n "$window_ms" ]]; then
  pass "GUI shows its window in ${window_ms} ms (first start, empty data directory)"
  sleep "$gui_seconds"
  kill -0 "$gui_pid" 2>/dev/null && pass "GUI still running after ${gui_seconds} s" \
    || fail "GUI died within ${gui_seconds} s of showing its window" "$(tail -20 "$work/gui.out")"
else
  fail "no PalmPOS window within 60 s" "$(tail -20 "$work/gui.out")"
fi
stop_gui && pass "GUI stops on SIGTERM within 15 s" || fail "GUI ignored SIGTERM for 15 s (killed)"
[[ -s "$log" ]] && pass "log written to ~/.palmpos/logs/palmpos.log" || fail "no log at ~/.palmpos/logs/palmpos.log"
[[ -z "$(log_errors "$log")" ]] && pass "log has no ERROR line" || fail "log has ERROR lines" "$(log_errors "$log" | head -5)"
grep -q "Terminal .* stopped" "$log" && pass "SIGTERM closed the terminal in order (log says stopped)" \
  || fail "SIGTERM did not close the terminal in order (no 'stopped' in the log)"
[[ ! -e "$home/.palmpos/palmpos.trace.db" ]] && pass "H2 wrote no trace file (no errors at shutdown)" \
  || fail "H2 trace file written" "$(head -c 600 "$home/.palmpos/palmpos.trace.db")"

# --- cold start timing (optional) ---------------------------------------------------------------------------------
if (( startup_runs > 0 )); then
  times=()
  for run in $(seq "$startup_runs"); do
    start_gui
    stop_gui
    [[ -n "$window_ms" ]] && times+=("$window_ms")
    echo "        start $run: ${window_ms:-no window} ms"
  done
  if (( ${#times[@]} == startup_runs )); then
    median="$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}')"
    pass "median time to first window over $startup_runs starts: ${median} ms"
  else
    fail "only ${#times[@]} of $startup_runs starts showed a window"
  fi
fi

[[ "$(digest)" == "$install_digest" ]] && pass "install directory unchanged by every run" \
  || fail "the app wrote into its install directory" "$(cd "$app" && find . -newer "$work/probe.jar" | head -10)"

echo "smoke: $passed passed, $failed failed"
(( failed == 0 ))
