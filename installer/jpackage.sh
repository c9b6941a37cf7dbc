#!/usr/bin/env bash
# Builds the self-contained ReformDesk installer for the OS it runs on, with jlink + jpackage.
# Called by `mvn -Pinstaller package` (after the shaded jar is built); version comes from the pom.
#   Linux:   target/installer/ReformDesk/ (app image) and target/installer/reformdesk_<version>_amd64.deb
#   Windows: target/installer/ReformDesk-<version>.msi   (needs the WiX toolset on PATH)
#   macOS:   target/installer/ReformDesk-<version>.dmg
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${1:?version}"
TYPES="${REFORMDESK_INSTALLER_TYPES:-default}"
JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}"
OUT=target/installer
rm -rf "$OUT" && mkdir -p "$OUT/input"
cp target/reformdesk.jar "$OUT/input/"

# jdeps cannot read the JavaFX jars, so the modules are listed by hand: AWT/Swing for charts and image
# export, SQL/naming/management for H2, XML for .xlsx, jdk.unsupported for JavaFX, locales vi and en only.
MODULES=java.base,java.desktop,java.sql,java.naming,java.management,java.logging,java.xml,java.prefs,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs
# --generate-cds-archive: the runtime gets the class-data sharing archive of the JDK's own classes that a full JDK
# has (lib/server/classes.jsa) and a jlinked one lacks, so the JVM maps them instead of loading, from the compressed
# image, some 1,200 classes at every start. classes_nocoops.jsa is only used with heaps over 32 GB: not ours.
"$JAVA_HOME/bin/jlink" --add-modules "$MODULES" --include-locales=vi,en --strip-debug --no-header-files \
  --no-man-pages --compress=2 --generate-cds-archive --output "$OUT/runtime"
rm -f "$OUT/runtime/lib/server/classes_nocoops.jsa"

COMMON=(--name ReformDesk --app-version "$VERSION" --vendor "ReformDesk"
  --description "Sổ theo dõi cải cách hành chính — administrative reform register"
  --input "$OUT/input" --main-jar reformdesk.jar --main-class vn.reformdesk.Launcher
  --runtime-image "$OUT/runtime" --dest "$OUT"
  --java-options "-Xmx768m" --java-options "-Dfile.encoding=UTF-8" --java-options "-XX:TieredStopAtLevel=1")
# -XX:TieredStopAtLevel=1 (the quick compiler only): on 2 cores the optimising compiler took about half of the
# start-up CPU, competing with the window and the dashboard. Measured with installer/startup-time.sh on the sample:
# dashboard figures 4.4 s -> 3.3 s after launch, CPU 7.2 s -> 4.3 s; the cost is up to ~30 % on long passes over a
# large register (bench at 100k: due dates 1.1 -> 1.5 s, the dossier list's window 1.55 -> 1.95 s, others equal).

case "$(uname -s)" in
  Linux)
    "$JAVA_HOME/bin/jpackage" --type app-image "${COMMON[@]}" --icon assets/icons/reformdesk.png
    if [ "$TYPES" != "app-image" ]; then
      "$JAVA_HOME/bin/jpackage" --type deb --app-image "$OUT/ReformDesk" --name ReformDesk --app-version "$VERSION" \
        --dest "$OUT" --linux-package-name reformdesk --linux-shortcut --linux-menu-group Office \
        --linux-app-category office --icon assets/icons/reformdesk.png \
        --file-associations installer/exchange-package.properties
    fi ;;
  MINGW*|MSYS*|CYGWIN*)
    "$JAVA_HOME/bin/jpackage" --type msi "${COMMON[@]}" --icon assets/icons/reformdesk.ico \
      --win-per-user-install --win-menu --win-menu-group ReformDesk --win-shortcut --win-dir-chooser \
      --win-upgrade-uuid 6f1d1c52-7a8e-4f0e-9a51-3c1f5b0e2a11 \
      --file-associations installer/exchange-package.properties ;;
  Darwin)
    "$JAVA_HOME/bin/jpackage" --type dmg "${COMMON[@]}" --icon assets/icons/reformdesk.icns \
      --mac-package-identifier vn.reformdesk --mac-package-name ReformDesk \
      --file-associations installer/exchange-package.properties ;;
esac
du -sh "$OUT"/ReformDesk* 2>/dev/null || true
