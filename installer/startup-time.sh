#!/usr/bin/env bash
# Times repeated cold starts of ReformDesk to the dashboard showing its figures, on the sample department.
#   installer/startup-time.sh [runs] [jar|image|COMMAND...]
#     jar    (default) java -jar target/reformdesk.jar      (build it with: mvn -B package -DskipTests)
#     image  target/installer/ReformDesk/bin/ReformDesk     (build it with: mvn -B -Pinstaller package -DskipTests)
#     anything else is taken as the command that starts the app.
# Each run is a new JVM on a fresh data folder holding a copy of the sample database (so the daily backup runs, as
# on the first start of a day), started without arguments as the desktop shortcut does (the data folder comes from
# -Dreformdesk.home) and with -Dreformdesk.exitAfterStartup=true: the app logs
#   startup: window shown N ms, dashboard figures M ms after process start (...)
# and closes through its normal stop path. Prints every run, the medians and the load average.
# java -jar maps a class archive of its own start (ClassArchive, beside Launcher), made in the background after the first start
# of each jar: the script keeps it in $WORK/cache (never the user's cache), times that first start apart and waits
# for the archive, so the runs are the starts an officer makes every day. STARTUP_FRESH_CACHE=1 makes it again.
# Without a display it runs itself under xvfb-run (apt-get install -y xvfb libgtk-3-0).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x900x24" "$0" "$@"
fi
RUNS="${1:-7}"; shift || true
MODE="${1:-jar}"
case "$MODE" in
  jar) CMD=(java -jar target/reformdesk.jar) ;;
  image) CMD=(target/installer/ReformDesk/bin/ReformDesk) ;;
  *) CMD=("$@") ;;
esac
JAR=target/reformdesk.jar
WORK="${STARTUP_WORK:-${TMPDIR:-/tmp}/reformdesk-startup}"
mkdir -p "$WORK"
# The sample database is made by the jar being timed: one made by an older build would be upgraded (migrated) at
# every timed start, which once added 0.3-0.5 s to each of them. STARTUP_TEMPLATE=DIR times starts on a copy of DIR
# instead (a register of your own, opened once by this build beforehand).
TEMPLATE="${STARTUP_TEMPLATE:-$WORK/sample-template-$(cksum < "$JAR" | cut -d' ' -f1)}"
if [ -z "${STARTUP_TEMPLATE:-}" ] && [ ! -f "$TEMPLATE/reformdesk.mv.db" ]; then
  echo "making the sample database once in $TEMPLATE ..." >&2
  rm -rf "$WORK"/sample-template*
  java -jar "$JAR" sample --db "$TEMPLATE" >/dev/null
fi
CACHE="$WORK/cache"
[ "${STARTUP_FRESH_CACHE:-0}" = 1 ] && rm -rf "$CACHE"
PROPS="-Dreformdesk.noFirstStart=true -Dreformdesk.exitAfterStartup=true -Dreformdesk.cache=$CACHE"
if ! ls "$CACHE"/*.jsa >/dev/null 2>&1; then
  RUN="$WORK/run"
  rm -rf "$RUN" && mkdir -p "$RUN/home"
  cp -r "$TEMPLATE" "$RUN/home/db"
  JAVA_TOOL_OPTIONS="$PROPS -Dreformdesk.home=$RUN/home" timeout 60 "${CMD[@]}" >"$RUN/out.txt" 2>&1 || true
  echo "first start (no class archive yet): $(grep -o 'startup: .*' "$RUN/out.txt" | tail -1)"
  # the archive is made in the background (java -jar only); wait for it, whatever the command
  for _ in $(seq 1 120); do ls "$CACHE"/*.classlist* >/dev/null 2>&1 || break; sleep 1; done
fi
shown=(); figures=(); cpus=()
for i in $(seq 1 "$RUNS"); do
  RUN="$WORK/run"
  rm -rf "$RUN" && mkdir -p "$RUN/home"
  cp -r "$TEMPLATE" "$RUN/home/db"
  start=$(date +%s%N)
  # JAVA_TOOL_OPTIONS reaches the JVM of the jpackage launcher as well as of java -jar
  JAVA_TOOL_OPTIONS="$PROPS -Dreformdesk.home=$RUN/home" timeout 60 "${CMD[@]}" \
    >"$RUN/out.txt" 2>&1 || { echo "run $i failed:" >&2; cat "$RUN/out.txt" >&2; exit 1; }
  total=$(( ($(date +%s%N) - start) / 1000000 ))
  line=$(grep -o 'startup: .*' "$RUN/out.txt" | tail -1)
  [ -n "$line" ] || { echo "run $i: no startup line" >&2; cat "$RUN/out.txt" >&2; exit 1; }
  w=$(sed -E 's/.*window shown ([0-9]+) ms.*/\1/' <<<"$line")
  f=$(sed -E 's/.*dashboard figures ([0-9]+) ms.*/\1/' <<<"$line")
  c=$(sed -E 's/.*CPU ([0-9-]+) ms.*/\1/' <<<"$line")
  shown+=("$w"); figures+=("$f"); cpus+=("$c")
  printf 'run %2d: window %5d ms, dashboard figures %5d ms, CPU %5d ms; process ran %5d ms in all (load %s)\n' \
    "$i" "$w" "$f" "$c" "$total" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
echo "median of $RUNS ($MODE): window shown $(median "${shown[@]}") ms, dashboard figures $(median "${figures[@]}") ms after process start, CPU $(median "${cpus[@]}") ms; load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
