#!/usr/bin/env bash
# Start-up of the terminal against the floor (a minimal JavaFX window on the same JVM, class path and display),
# median of N runs each. "cold": a new data directory (keys, database, migrations, cloud registration: a till's
# first start); "warm": the same directory again. Needs a display (DISPLAY set, e.g. under xvfb-run) and
# `mvn -pl app -am package` (plus test-compile for the floor). Three figures per start: the start-up window, the
# cashier window (ready to sell) and the end of the background start-up (cloud link and palm reader up, gallery
# loaded). BENCH_DATA=DIR starts every run from a copy of DIR (e.g. 10,000 customers made by StartupCustomers).
# Usage: app/src/test/sh/startup-bench.sh [RUNS] [extra java options, e.g. -XX:SharedArchiveFile=...]
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-5}; shift || true
opts=("$@")
jar=${BENCH_JAR:-target/palmpos.jar}  # BENCH_JAR: another build (PALMPOS_* would be read as configuration)
until=${BENCH_UNTIL:-Background start-up}  # the log line that ends a run ("shell open" for builds before 2026-12-07)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ms after JVM start of the log line matching $2, waiting for it up to 120 s; the app is stopped afterwards
measure() { # data-dir
  local data=$1 log=$1/logs/palmpos.log
  local seen=0   # a warm start appends to the cold start's log
  [ -f "$log" ] && seen=$(wc -l <"$log")
  PALMPOS_CAMERA_DRIVER=simulated java "${opts[@]}" -jar "$jar" --data "$data" >"$work/out" 2>&1 &
  local pid=$!
  local cpu=NA   # CPU time of the JVM (user + system, ms) when the cashier window showed: the work on the path to
                 # the first sale, which a loaded machine stretches less than the wall clock (read within 0.1 s)
  for _ in $(seq 1200); do
    if [ "$cpu" = NA ] && tail -n +"$((seen + 1))" "$log" 2>/dev/null | grep -q "shell open"; then
      cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat" 2>/dev/null || echo NA)
    fi
    tail -n +"$((seen + 1))" "$log" 2>/dev/null | grep -q "$until" && break
    sleep 0.1
  done
  local splash open background
  splash=$(tail -n +"$((seen + 1))" "$log" | grep -o "Start-up window shown [0-9]*" | tail -1 | grep -o "[0-9]*$" || echo NA)
  open=$(tail -n +"$((seen + 1))" "$log" | grep -o "companion [a-z]*, [0-9]* ms after JVM start" | tail -1 | grep -o "[0-9]* ms" | grep -o "[0-9]*" || echo NA)
  background=$(tail -n +"$((seen + 1))" "$log" | grep -o "Background start-up [a-z ()]*[0-9]* ms after JVM start" | tail -1 | grep -o "[0-9]* ms" | grep -o "[0-9]*" || echo NA)
  kill "$pid"; wait "$pid" 2>/dev/null || true   # SIGTERM: the shutdown hook closes the database
  echo "$splash $open $background $cpu"
}
floor() {
  java "${opts[@]}" -cp "target/test-classes:$(ls target/lib/javafx-*.jar | tr '\n' ':')" com.palmpos.app.StartupFloor \
    | grep -o "[0-9]* ms" | grep -o "[0-9]*"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

: >"$work/floor"; : >"$work/cold"; : >"$work/warm"
for i in $(seq "$runs"); do
  floor >>"$work/floor"
  [ -n "${BENCH_DATA:-}" ] && cp -r "$BENCH_DATA" "$work/data$i"
  measure "$work/data$i" >>"$work/cold"
  measure "$work/data$i" >>"$work/warm"
done
f=$(median <"$work/floor")
for kind in cold warm; do
  s=$(cut -d' ' -f1 "$work/$kind" | median); o=$(cut -d' ' -f2 "$work/$kind" | median)
  b=$(cut -d' ' -f3 "$work/$kind" | median); c=$(cut -d' ' -f4 "$work/$kind" | median)
  echo "$kind: start-up window $s ms, cashier window open $o ms, background start-up done $b ms after JVM start" \
       "(median of $runs; open runs: $(cut -d' ' -f2 "$work/$kind" | tr '\n' ' ')); floor $f ms; ratio splash/floor" \
       "$(awk -v a="$s" -v b="$f" 'BEGIN {printf "%.2f", a/b}'), open/floor $(awk -v a="$o" -v b="$f" 'BEGIN {printf "%.2f", a/b}')," \
       "background/floor $(awk -v a="$b" -v b="$f" 'BEGIN {printf "%.2f", a/b}'); JVM CPU at open $c ms" \
       "(runs: $(cut -d' ' -f4 "$work/$kind" | tr '\n' ' '))"
done
