# Shared by smoke.sh and upgrade.sh (sourced, not run): a virtual X display and starting/stopping the installed GUI.
# Callers set $launcher (the installed bin/palmpos) and $work (a scratch directory that outlives the GUI).

now_ms() { date +%s%3N; }

# Starts Xvfb on a free display (it picks the number itself) and exports DISPLAY; sets xvfb_pid for the caller's trap.
start_xvfb() {
  local dir="$1"
  Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$dir/display" 2>"$dir/xvfb.log" &
  xvfb_pid=$!
  for _ in $(seq 100); do [[ -s "$dir/display" ]] && break; sleep 0.1; done
  [[ -s "$dir/display" ]] || { echo "smoke: Xvfb did not start: $(cat "$dir/xvfb.log")" >&2; return 1; }
  export DISPLAY=":$(cat "$dir/display")"
}

# Prints the id of a viewable top-level window whose title starts with PalmPOS, or nothing.
palmpos_window() {
  local id
  for id in $(xwininfo -root -tree 2>/dev/null | awk '/"PalmPOS/ {print $1}'); do
    xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable' && { echo "$id"; return; }
  done
}

# Starts the GUI with the given arguments; sets gui_pid, and window_ms to the time from the launcher's start to its
# first viewable window (empty if none within 60 s or if the process ended first). Output goes to $work/gui.out.
start_gui() {
  local start
  start="$(now_ms)"
  "$launcher" "$@" >"$work/gui.out" 2>&1 &
  gui_pid=$!
  window_ms=""
  for _ in $(seq 1200); do
    [[ -n "$(palmpos_window)" ]] && { window_ms=$(( $(now_ms) - start )); return; }
    kill -0 "$gui_pid" 2>/dev/null || return
    sleep 0.05
  done
}

# Sends SIGTERM and waits up to 15 s; returns 0 when the process ended in time, else kills it and returns 1.
stop_gui() {
  kill -TERM "$gui_pid" 2>/dev/null
  for _ in $(seq 150); do
    kill -0 "$gui_pid" 2>/dev/null || { wait "$gui_pid" 2>/dev/null; return 0; }
    sleep 0.1
  done
  kill -KILL "$gui_pid" 2>/dev/null
  return 1
}

# Prints the ERROR lines of a PalmPOS log file (its pattern: date time [thread] LEVEL logger - message).
log_errors() { grep -E '^[0-9-]+ [0-9:.]+ \[[^]]*\] ERROR' "$1" 2>/dev/null; }
