# Finds a Java runtime that is new enough for Koers. Sourced (not run) by bin/koers and bin/benchmark-startup
# in the distribution, and by ./koers, ./test and .ci/run in the repository: one place for this logic.
#
#   koers_find_java [MINIMUM]   (default 21) looks at $JAVA_HOME, then `java` on the PATH, then the usual
#   folders (/usr/lib/jvm/*, /opt/java/*, /Library/Java/JavaVirtualMachines/*/Contents/Home, newest first).
#   On success it sets KOERS_JAVA (the java command), KOERS_JAVA_HOME, KOERS_JAVA_VERSION (e.g. 25.0.3) and
#   KOERS_JAVA_FEATURE (e.g. 25). Otherwise it returns 1, and KOERS_JAVA_SEEN says what it found.
#
# Every start of Koers runs this, so the usual case (a good $JAVA_HOME or java on the PATH) forks no process.

# Sets _koers_version to the version of the Java in folder $1 (e.g. 21.0.7), from its release file;
# only a Java without one is asked itself, which costs a JVM start.
_koers_read_version() {
    local line
    _koers_version=""
    if [ -r "$1/release" ]; then
        while IFS= read -r line || [ -n "$line" ]; do
            case $line in
                JAVA_VERSION=*) line=${line#JAVA_VERSION=}; _koers_version=${line//\"/}; break ;;
            esac
        done < "$1/release"
    fi
    if [ -z "$_koers_version" ] && [ -x "$1/bin/java" ]; then
        _koers_version=$("$1/bin/java" -XshowSettings:properties -version 2>&1 \
            | sed -n 's/^ *java\.version = //p' | head -n 1)
    fi
}

# Sets _koers_feature to the feature release of version $1: 25.0.3 -> 25, 21 -> 21, 1.8.0_412 -> 8.
_koers_read_feature() {
    local version=$1
    _koers_feature=${version%%[!0-9]*}
    if [ "$_koers_feature" = 1 ]; then
        version=${version#1.}
        _koers_feature=${version%%[!0-9]*}
    fi
    _koers_feature=${_koers_feature:-0}
}

# Takes the Java in folder $1 when it is version $2 or newer; otherwise notes it in KOERS_JAVA_SEEN.
_koers_try_java_home() {
    [ -x "$1/bin/java" ] || return 1
    _koers_read_version "$1"
    _koers_read_feature "$_koers_version"
    if [ "$_koers_feature" -ge "$2" ] 2>/dev/null; then
        KOERS_JAVA_HOME=$1
        KOERS_JAVA="$1/bin/java"
        KOERS_JAVA_VERSION=$_koers_version
        KOERS_JAVA_FEATURE=$_koers_feature
        return 0
    fi
    case ", $KOERS_JAVA_SEEN," in
        *" in $1,"*) ;;
        *) KOERS_JAVA_SEEN="${KOERS_JAVA_SEEN:+$KOERS_JAVA_SEEN, }${_koers_version:-unknown version} in $1" ;;
    esac
    return 1
}

koers_find_java() {
    local minimum=${1:-21} java home folders
    KOERS_JAVA_SEEN=""
    if [ -n "${JAVA_HOME:-}" ] && _koers_try_java_home "$JAVA_HOME" "$minimum"; then
        return 0
    fi
    if java=$(command -v java 2>/dev/null); then
        # /usr/bin/java is usually a link into the Java's own bin/
        java=$(readlink -f "$java" 2>/dev/null || printf '%s' "$java")
        home=${java%/bin/java}
        if [ "$home" != "$java" ] && _koers_try_java_home "$home" "$minimum"; then
            return 0
        fi
    fi
    # the usual folders, newest version first, each Java once (they often appear under two names)
    folders=$(for home in /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
                  if [ -x "$home/bin/java" ]; then
                      _koers_read_version "$home"
                      printf '%s\t%s\n' "$_koers_version" "$(cd "$home" && pwd -P)"
                  fi
              done | sort -u | sort -t "$(printf '\t')" -k1,1Vr | cut -f2)
    while IFS= read -r home; do
        if [ -n "$home" ] && _koers_try_java_home "$home" "$minimum"; then
            return 0
        fi
    done <<< "$folders"
    KOERS_JAVA_SEEN=${KOERS_JAVA_SEEN:-no Java at all}
    return 1
}

# The one-line message for when koers_find_java failed (English / Dutch).
koers_no_java_message() {
    printf 'Koers needs Java %s or newer; found: %s. Install e.g. openjdk-21-jre, or set JAVA_HOME. / Koers heeft Java %s of nieuwer nodig: installeer bijvoorbeeld openjdk-21-jre, of zet JAVA_HOME.\n' \
        "${1:-21}" "$KOERS_JAVA_SEEN" "${1:-21}"
}
