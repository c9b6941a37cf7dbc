#!/usr/bin/env bash
# The README's real-window screenshots: the app itself (target/reformdesk.jar, build it with
# mvn -B package -DskipTests) in a real X window under Xvfb, driven by the keyboard with xdotool, on a fresh copy of
# the sample department in a temporary folder (--db; never the user's data folder).
#   installer/window-screenshots.sh [screens|slides|looks|all] [OUT]     (default: all, assets/screenshots)
#     screens  every screen of the navigation bar and the dossier form at 1366x768, Vietnamese and English:
#              window-<screen>-<vi|en>.png
#     slides   every slide of the review deck (F5, the dashboard's quarter) at 1024x768 and 1920x1080:
#              slide-<type>-1024.png (Vietnamese), slide-<type>-1024-en.png, slide-<type>-1920.png
#     looks    the dark theme at 1366x768 and 1920x1080, and a screen scaled to 150 % by the system
#              (-Dglass.gtk.uiScale=1.5, what GTK's GDK_SCALE does for JavaFX) at 1920x1080: window-<what>-<look>.png
# Needs: apt-get install -y xvfb libgtk-3-0 xdotool imagemagick pngquant (pngquant optional: smaller files).
# Every screen is visited once first (each loads its data in the background and keeps it); each shot is taken once the
# screen has changed after the key and then not changed for 4 s.
set -euo pipefail
cd "$(dirname "$0")/.."
WHAT="${1:-all}"
OUT="$(realpath -m "${2:-assets/screenshots}")"
JAR="$PWD/target/reformdesk.jar"
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B package -DskipTests first" >&2; exit 1; }
for tool in Xvfb xdotool import; do command -v "$tool" >/dev/null || { echo "missing $tool" >&2; exit 1; }; done
WORK="$(mktemp -d "${TMPDIR:-/tmp}/reformdesk-shots.XXXXXX")"
DISP="${SHOTS_DISPLAY:-77}"
XVFB_PID=""; APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$OUT"
echo "sample department into $WORK/sample ..." >&2
java -jar "$JAR" sample --db "$WORK/sample" >/dev/null

# start SIZE LANG THEME [java options...]: Xvfb of SIZE and the app on a fresh copy of the sample
start() {
  local size=$1 lang=$2 theme=$3; shift 3
  stop
  rm -rf "$WORK/run"; mkdir -p "$WORK/run/home"; cp -r "$WORK/sample" "$WORK/run/db"
  printf 'language=%s\nui.theme=%s\nui.scale=100\n' "$lang" "$theme" > "$WORK/run/db/preferences.properties"
  Xvfb ":$DISP" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  sleep 1
  DISPLAY=":$DISP" java -Dreformdesk.noFirstStart=true -Dreformdesk.home="$WORK/run/home" "$@" \
    -jar "$JAR" --db "$WORK/run/db" >"$WORK/run/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do grep -q "startup: window shown" "$WORK/run/app.log" 2>/dev/null && break; sleep 1; done
  settle
}
stop() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null || true
  APP_PID=""; XVFB_PID=""
}
key() { DISPLAY=":$DISP" xdotool key --delay 120 "$@"; }
# click X Y, then the pointer goes to the status line, where its hover marks nothing
click() { DISPLAY=":$DISP" xdotool mousemove "$1" "$2" click 1 mousemove 5 745; }
grab() { DISPLAY=":$DISP" import -window root rgb:- 2>/dev/null | md5sum; }
# settle: until the screen has not changed for 4 s (it finished loading and laying out), at most 60 s
settle() {
  local last="" now same=0
  for _ in $(seq 1 60); do
    sleep 1
    now=$(grab)
    if [ "$now" = "$last" ]; then same=$((same + 1)); [ "$same" -ge 4 ] && return 0; else same=0; fi
    last=$now
  done
}
# press KEYS... and wait until the screen shows something else, then until it settles
go() {
  local before; before=$(grab)
  key "$@"
  for _ in $(seq 1 30); do [ "$(grab)" != "$before" ] && break; sleep 1; done
  settle
}
shot() {
  settle
  DISPLAY=":$DISP" import -window root "$OUT/$1"
  command -v pngquant >/dev/null && pngquant --force --skip-if-larger --quality 80-95 --speed 1 --output "$OUT/$1" "$OUT/$1" || true
  echo "$OUT/$1" >&2
}
# every screen once, so each has loaded its data (in the background) before it is shot: a screen keeps its data
warm_up() {
  for i in 1 2 3 4 5 6 7 8 9; do key "ctrl+$i"; sleep 4; done
  click 95 375; sleep 4; key ctrl+comma; sleep 4; key ctrl+1
  settle
}

screens() {
  local ids=(dashboard dossiers overdue procedures calendar scores charts report06a exchange)
  for lang in vi en; do
    start 1366x768 "$lang" light
    warm_up
    for i in "${!ids[@]}"; do
      [ "$i" -gt 0 ] && go "ctrl+$((i + 1))"
      shot "window-${ids[$i]}-$lang.png"
    done
    click 95 375; settle; shot "window-audit-$lang.png"          # the audit trail has no Ctrl+digit: its button
    go ctrl+comma; shot "window-settings-$lang.png"
    go ctrl+2; go ctrl+n; shot "window-dossier-form-$lang.png"
    key Escape
  done
  stop
}

slides() {
  local types=(title counters overdue form-06a index-766 index-par index-sipas trends ranks)
  for run in "1024x768 vi -1024" "1024x768 en -1024-en" "1920x1080 vi -1920"; do
    read -r size lang suffix <<<"$run"
    start "$size" "$lang" light
    go F5
    for i in "${!types[@]}"; do
      [ "$i" -gt 0 ] && go Right
      shot "slide-${types[$i]}$suffix.png"
    done
    key Escape
  done
  stop
}

looks() {
  start 1366x768 vi dark
  shot window-dashboard-dark.png
  go ctrl+5; shot window-calendar-dark.png
  go ctrl+2; go ctrl+n; shot window-dossier-form-dark.png; key Escape
  start 1920x1080 en dark
  go ctrl+7; shot window-charts-dark-1920-en.png
  # the system's 150 %: a 1920x1080 screen of 1280x720 points, as on a 15-inch office laptop
  start 1920x1080 vi light -Dglass.gtk.uiScale=1.5
  shot window-dashboard-150.png
  go ctrl+7; shot window-charts-150.png
  go ctrl+2; go ctrl+n; shot window-dossier-form-150.png; key Escape
  stop
}

case "$WHAT" in
  screens) screens ;;
  slides) slides ;;
  looks) looks ;;
  all) screens; slides; looks ;;
  *) echo "usage: $0 [screens|slides|looks|all] [OUT]" >&2; exit 2 ;;
esac
