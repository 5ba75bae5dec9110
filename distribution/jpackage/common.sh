# What the jpackage scripts share (sourced by linux.sh and macos.sh; windows.cmd says the same in its own words):
# the launcher, the JVM options bin/koers gives, the Java modules the runtime holds, and the report at the end.
# Expects $KOERS_JAVA_HOME, $dist (the built distribution for this system) and $out.

# jpackage wants a version of numbers only: 0.1.0-SNAPSHOT is 0.1.0
koers_version=$(unzip -p "$dist/lib/nl.koers.launcher.jar" META-INF/MANIFEST.MF \
    | sed -n 's/^Implementation-Version: *\([0-9.]*\).*/\1/p' | tr -d '\r')

# The runtime jlink makes: all of Java SE (a firm's plugin may need any of it), Dutch and other locales' formats
# (jdk.localedata), the Windows and other charsets, zip file systems, and sun.misc.Unsafe for Felix.
koers_modules=java.se,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs,jdk.crypto.cryptoki

# jpackage puts every jar of --input on the application's class path: only lib/ goes there (the launcher, the
# framework and the folder rules, as on the launcher's own Class-Path). The bundles, features, settings and the plugin
# folder go beside it as app content, which is the folder above the app's: -Dkoers.home=$APPDIR/.. on every system.
# The start-up cache of this machine and the benchmark stay behind.
koers_stage_input() {
    input="$out/input"
    mkdir -p "$input"
    cp -r "$dist/lib" "$input/lib"
    rm -rf "$input"/lib/*.aot "$input"/lib/*.aot.* "$input/lib/benchmark"
}

koers_jpackage_options=(
    --name Koers --app-version "$koers_version" --vendor Koers
    --description "Werkbank voor samenwerkingsadviseurs / workbench for collaboration consultants"
    --input "$out/input" --main-jar lib/nl.koers.launcher.jar --main-class nl.koers.launcher.Main
    --app-content "$dist/bundles,$dist/features,$dist/etc,$dist/plugins" --java-options '-Dkoers.home=$APPDIR/..' 
    --add-modules "$koers_modules"
    --jlink-options "--strip-debug --no-man-pages --no-header-files --strip-native-commands"
    # the same options as bin/koers (see there why)
    --java-options "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djava.awt.headless=true -Djdk.reflect.useNativeAccessorOnly=true"
)
if [ "$KOERS_JAVA_FEATURE" -ge 22 ]; then
    koers_jpackage_options+=(--java-options --enable-native-access=ALL-UNNAMED)
fi
if [ "$KOERS_JAVA_FEATURE" -ge 23 ]; then
    koers_jpackage_options+=(--java-options --sun-misc-unsafe-memory-access=allow)
fi

# What was made, how large, and the Java it carries.
koers_report() {
    echo "Made in $out with the runtime of $KOERS_JAVA_HOME (Java $KOERS_JAVA_VERSION):"
    local made
    for made in "$out"/*; do
        [ -e "$made" ] && printf '  %s  %s\n' "$(du -sh "$made" | cut -f1)" "${made##*/}"
    done
}
