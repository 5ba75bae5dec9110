#!/usr/bin/env bash
# Builds Koers's macOS installer (.dmg) with jpackage, on a firm's Mac: jpackage makes installers only for the system
# it runs on, and for the processor of the JDK it comes with (an Apple silicon JDK makes an aarch64 .dmg).
#
#   distribution/jpackage/macos.sh [FOLDER]
#
# FOLDER is the macOS distribution for this Mac's processor: by default distribution/target/koers-macos-aarch64 (or
# -x86_64 on an Intel Mac), made by `mvn -DskipTests package` in the repository, or unpacked from
# koers-VERSION-macos-aarch64.zip. Output: distribution/target/jpackage/Koers-VERSION.dmg, holding Koers.app with its
# own Java runtime (jlink, from the JDK that runs this script: name it in the release notes).
# Needs: a JDK 21 or newer with jpackage (JAVA_HOME, or found as bin/koers finds Java), Xcode's command line tools.
# Signing and notarising, for a .dmg that opens without Gatekeeper's warning (a firm's own Developer ID):
#   KOERS_MAC_SIGN="Developer ID Application: Firma (TEAMID)" distribution/jpackage/macos.sh
#   xcrun notarytool submit distribution/target/jpackage/Koers-*.dmg --keychain-profile PROFILE --wait
#   xcrun stapler staple distribution/target/jpackage/Koers-*.dmg
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
repo=${here%/distribution/jpackage}
case $(uname -m) in
    arm64 | aarch64) arch=aarch64 ;;
    *) arch=x86_64 ;;
esac
dist=${1:-$repo/distribution/target/koers-macos-$arch}
out="$repo/distribution/target/jpackage"

# shellcheck source=../src/main/dist/bin/find-java.sh
. "$repo/distribution/src/main/dist/bin/find-java.sh"
if ! koers_find_java 21; then
    printf 'macos.sh: %s\n' "$(koers_no_java_message 21)" >&2
    exit 4
fi
if [ ! -x "$KOERS_JAVA_HOME/bin/jpackage" ]; then
    echo "macos.sh: $KOERS_JAVA_HOME has no jpackage (a JRE?); set JAVA_HOME to a full JDK 21 or newer" >&2
    exit 4
fi
if [ ! -f "$dist/features/swt-macos-$arch.json" ]; then
    echo "macos.sh: $dist is not the macOS $arch distribution (no features/swt-macos-$arch.json)" >&2
    exit 1
fi
# shellcheck source=common.sh
source "$here/common.sh"

rm -rf "$out"
mkdir -p "$out"
koers_stage_input
signing=()
if [ -n "${KOERS_MAC_SIGN:-}" ]; then
    signing=(--mac-sign --mac-signing-key-user-name "$KOERS_MAC_SIGN")
fi
# Cocoa takes events only on the first thread: the same option bin/koers gives on macOS
"$KOERS_JAVA_HOME/bin/jpackage" --type dmg --dest "$out" "${koers_jpackage_options[@]}" \
    --java-options "-XstartOnFirstThread -Xdock:name=Koers" \
    --mac-package-identifier nl.koers.werkbank --mac-package-name Koers --mac-app-category public.app-category.business \
    ${signing[@]+"${signing[@]}"}
rm -rf "$input"
koers_report
