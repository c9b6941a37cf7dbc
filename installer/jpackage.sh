#!/usr/bin/env bash
# Builds the self-contained ReformDesk installer for the OS it runs on, with jlink + jpackage.
# Called by `mvn -Pinstaller package` (after the shaded jar is built); version comes from the pom.
#   Linux:   target/installer/ReformDesk/ (app image) and target/installer/reformdesk_<version>_amd64.deb
#   Windows: target/installer/ReformDesk-<version>.msi   (needs the WiX toolset on PATH)
#   macOS:   target/installer/ReformDesk-<version>.dmg
# The runtime is made from REFORMDESK_RUNTIME_JDK if set, else from a JDK 25 under /usr/lib/jvm if there is one,
# else from JAVA_HOME (the JDK that builds). With a runtime of JDK 25 or later the image also carries an AOT cache
# (JEP 483/514): the app is started once here, to its dashboard, and the classes it loaded and linked are stored
# beside the jar, so an officer's start maps them instead of loading them (sample, median of 7 starts to the
# dashboard's figures on this 2-core machine: 3.3 s -> 2.0 s).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${1:?version}"
TYPES="${REFORMDESK_INSTALLER_TYPES:-default}"
JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
RUNTIME_JDK="${REFORMDESK_RUNTIME_JDK:-}"
if [ -z "$RUNTIME_JDK" ]; then
  for jdk in /usr/lib/jvm/*25*; do
    if [ -x "$jdk/bin/jlink" ] && [ -x "$jdk/bin/jpackage" ]; then RUNTIME_JDK="$jdk"; break; fi
  done
fi
RUNTIME_JDK="${RUNTIME_JDK:-$JAVA_HOME}"
FEATURE=$("$RUNTIME_JDK/bin/java" -XshowSettings:properties -version 2>&1 | sed -nE 's/^ *java\.specification\.version = ([0-9]+).*/\1/p')
echo "runtime from $RUNTIME_JDK (Java $FEATURE)"
OUT=target/installer
rm -rf "$OUT" && mkdir -p "$OUT/input"
cp target/reformdesk.jar "$OUT/input/"

# jdeps cannot read the JavaFX jars, so the modules are listed by hand: AWT/Swing for charts and image
# export, SQL/naming/management for H2, XML for .xlsx, jdk.unsupported for JavaFX, locales vi and en only;
# jdk.management reports each garbage collection, from which `reformdesk bench` reads a step's peak heap.
MODULES=java.base,java.desktop,java.sql,java.naming,java.management,jdk.management,java.logging,java.xml,java.prefs,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs
# --generate-cds-archive: the runtime gets the class-data sharing archive of the JDK's own classes that a full JDK
# has (lib/server/classes.jsa) and a jlinked one lacks, so the JVM maps them instead of loading, from the compressed
# image, some 1,200 classes at every start. classes_nocoops.jsa is only used with heaps over 32 GB: not ours.
COMPRESS=--compress=2; [ "$FEATURE" -ge 21 ] && COMPRESS=--compress=zip-6 # the same, renamed in JDK 21
"$RUNTIME_JDK/bin/jlink" --add-modules "$MODULES" --include-locales=vi,en --strip-debug --no-header-files \
  --no-man-pages "$COMPRESS" --generate-cds-archive --output "$OUT/runtime"
rm -f "$OUT/runtime/lib/server/classes_nocoops.jsa"

COMMON=(--name ReformDesk --app-version "$VERSION" --vendor "ReformDesk"
  --description "Sổ theo dõi cải cách hành chính — administrative reform register"
  --input "$OUT/input" --main-jar reformdesk.jar --main-class vn.reformdesk.Launcher
  --runtime-image "$OUT/runtime" --dest "$OUT"
  --java-options "-Xmx768m" --java-options "-Dfile.encoding=UTF-8")
# JavaFX 21 on the class path loads its native libraries and uses sun.misc.Unsafe: allowed, so that JDK 24 and later
# do not print warnings about it at every start.
[ "$FEATURE" -ge 24 ] && COMMON+=(--java-options "--enable-native-access=ALL-UNNAMED"
  --java-options "--sun-misc-unsafe-memory-access=allow")

case "$(uname -s)" in
  Linux) IMAGE="$OUT/ReformDesk"; LAUNCHER="$IMAGE/bin/ReformDesk"; APPDIR="$IMAGE/lib/app"; ICON=reformdesk.png ;;
  MINGW*|MSYS*|CYGWIN*) IMAGE="$OUT/ReformDesk"; LAUNCHER="$IMAGE/ReformDesk.exe"; APPDIR="$IMAGE/app"; ICON=reformdesk.ico ;;
  Darwin) IMAGE="$OUT/ReformDesk.app"; LAUNCHER="$IMAGE/Contents/MacOS/ReformDesk"; APPDIR="$IMAGE/Contents/app"
    ICON=reformdesk.icns; COMMON+=(--mac-package-identifier vn.reformdesk --mac-package-name ReformDesk) ;;
esac
"$RUNTIME_JDK/bin/jpackage" --type app-image "${COMMON[@]}" --icon "assets/icons/$ICON"

# The AOT cache: one start of the image itself (same runtime, same options, same class path) on a copy of the sample
# department, to the dashboard's figures, then closed (-Dreformdesk.exitAfterStartup). Without a display on Linux it
# runs under xvfb-run; if that is missing the installer is built without the cache (it only makes starts quicker).
# The training start runs the quick compiler only: a cache trained with the optimising one also holds its method
# profiles, and the officer's start then spends its first seconds compiling with them (2.0 s -> 2.7 s, CPU 2.6 -> 4.0 s).
train_aot_cache() {
  local work
  work=$(mktemp -d)
  "$JAVA_HOME/bin/java" -jar target/reformdesk.jar sample --db "$work/home/db" >/dev/null
  local run=("$LAUNCHER")
  if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
    if ! command -v xvfb-run >/dev/null; then
      echo "no display and no xvfb-run: the installer is built without the AOT cache" >&2
      return 0
    fi
    run=(xvfb-run -a -s "-screen 0 1600x900x24" "$LAUNCHER")
  fi
  JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$APPDIR/reformdesk.aot -XX:TieredStopAtLevel=1 -Dreformdesk.home=$work/home \
-Dreformdesk.noFirstStart=true -Dreformdesk.exitAfterStartup=true" timeout 300 "${run[@]}" >"$work/training.log" 2>&1 \
    || { cat "$work/training.log" >&2; echo "the training start failed: no AOT cache" >&2; rm -f "$APPDIR/reformdesk.aot"; }
  rm -rf "$work"
  return 0
}
[ "$FEATURE" -ge 25 ] && train_aot_cache
# The launcher reads its options from the .cfg beside the jar ([JavaOptions] is its last section).
# Without the cache, -XX:TieredStopAtLevel=1 (the quick compiler only): on 2 cores the optimising compiler took about
# half of the start-up CPU (sample, JDK 17: dashboard figures 4.4 s -> 3.3 s after launch), at a cost of up to ~30 %
# on long passes over a large register (bench at 100k: due dates 1.1 -> 1.5 s). With the cache both start in 2.0 s,
# so the optimising compiler stays.
if [ -f "$APPDIR/reformdesk.aot" ]; then
  echo 'java-options=-XX:AOTCache=$APPDIR/reformdesk.aot' >>"$APPDIR/ReformDesk.cfg"
else
  echo 'java-options=-XX:TieredStopAtLevel=1' >>"$APPDIR/ReformDesk.cfg"
fi

# The installers are made from that image, so they carry the cache and the options.
if [ "$TYPES" != "app-image" ]; then
  case "$(uname -s)" in
    Linux)
      "$RUNTIME_JDK/bin/jpackage" --type deb --app-image "$IMAGE" --name ReformDesk --app-version "$VERSION" \
        --dest "$OUT" --linux-package-name reformdesk --linux-shortcut --linux-menu-group Office \
        --linux-app-category office --icon assets/icons/reformdesk.png \
        --file-associations installer/exchange-package.properties ;;
    MINGW*|MSYS*|CYGWIN*)
      "$RUNTIME_JDK/bin/jpackage" --type msi --app-image "$IMAGE" --name ReformDesk --app-version "$VERSION" \
        --vendor "ReformDesk" --dest "$OUT" \
        --win-per-user-install --win-menu --win-menu-group ReformDesk --win-shortcut --win-dir-chooser \
        --win-upgrade-uuid 6f1d1c52-7a8e-4f0e-9a51-3c1f5b0e2a11 \
        --file-associations installer/exchange-package.properties ;;
    Darwin)
      "$RUNTIME_JDK/bin/jpackage" --type dmg --app-image "$IMAGE" --name ReformDesk --app-version "$VERSION" \
        --dest "$OUT" --mac-package-identifier vn.reformdesk --mac-package-name ReformDesk \
        --file-associations installer/exchange-package.properties ;;
  esac
fi
du -sh "$OUT"/ReformDesk* "$OUT"/*.deb 2>/dev/null || true
