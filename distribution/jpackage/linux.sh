#!/usr/bin/env bash
# Builds Koers's Linux installers with jpackage, from the built distribution (distribution/target/koers):
#   an app image  distribution/target/jpackage/Koers/        a folder with its own Java: Koers/bin/Koers
#   a .deb        distribution/target/jpackage/koers_VERSION_amd64.deb   installs to /opt/koers, with a menu entry
#
#   distribution/jpackage/linux.sh [app-image|deb|all]     (default all)
#
# Not part of ./test or the default build: jpackage takes a minute or more and writes well over 100 MB. jpackage makes
# installers only for the system it runs on: windows.cmd and macos.sh beside this script do the same on a firm's
# Windows or Mac build machine.
# Needs: the distribution built (./koers or mvn package), a JDK 21 or newer with jpackage and jlink (JAVA_HOME, or
# found as bin/koers finds Java), and for the .deb dpkg-deb and fakeroot (apt-get install dpkg-dev fakeroot).
# The installers carry a Java runtime made by jlink from that JDK; the script names it when it is done.
set -euo pipefail

types=${1:-all}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=${here%/distribution/jpackage}
dist="$repo/distribution/target/koers"
out="$repo/distribution/target/jpackage"

# shellcheck source=../src/main/dist/bin/find-java.sh
. "$repo/distribution/src/main/dist/bin/find-java.sh"
if ! koers_find_java 21; then
    printf 'linux.sh: %s\n' "$(koers_no_java_message 21)" >&2
    exit 4
fi
if [ ! -x "$KOERS_JAVA_HOME/bin/jpackage" ] || [ ! -x "$KOERS_JAVA_HOME/bin/jlink" ]; then
    echo "linux.sh: $KOERS_JAVA_HOME has no jpackage or jlink (a JRE?); set JAVA_HOME to a full JDK 21 or newer" >&2
    exit 4
fi
if [ ! -f "$dist/lib/nl.koers.launcher.jar" ]; then
    echo "linux.sh: build Koers first (./koers --version, or mvn package): $dist is missing" >&2
    exit 1
fi
source "$here/common.sh"

rm -rf "$out"
mkdir -p "$out"
koers_stage_input
package() {
    "$KOERS_JAVA_HOME/bin/jpackage" --type "$1" --dest "$out" "${koers_jpackage_options[@]}" "${@:2}"
}
case $types in
    app-image | all) package app-image ;;
esac
case $types in
    deb | all)
        package deb --linux-package-name koers --linux-menu-group Office --linux-app-category office \
            --linux-shortcut --install-dir /opt ;;
esac
rm -rf "$input"
koers_report
