package nl.koers.plugins.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a requirement filter back into what a developer wrote: a name and a version range like {@code [1.0,2)}. */
final class RangeText {
    private static final Pattern AT_LEAST = Pattern.compile("\\((?:bundle-)?version>=([^)]+)\\)");
    private static final Pattern ABOVE = Pattern.compile("\\(!\\((?:bundle-)?version<=([^)]+)\\)\\)");
    private static final Pattern BELOW = Pattern.compile("\\(!\\((?:bundle-)?version>=([^)]+)\\)\\)");
    private static final Pattern AT_MOST = Pattern.compile("(?<!!)\\((?:bundle-)?version<=([^)]+)\\)");

    private RangeText() {
    }

    /** The value of {@code attribute} that the filter asks for, e.g. the package name; empty when none. */
    static String name(String filter, String attribute) {
        Matcher m = Pattern.compile("\\(" + Pattern.quote(attribute) + "=([^)]+)\\)").matcher(filter);
        return m.find() ? m.group(1) : "";
    }

    /** The version range the filter asks for, like {@code [1.0.0,2.0.0)}; empty when it asks for any version. */
    static String range(String filter) {
        String low = first(outsideNegations(filter, AT_LEAST));
        String lowExclusive = first(ABOVE.matcher(filter));
        String high = first(BELOW.matcher(filter));
        String highInclusive = first(AT_MOST.matcher(filter));
        String from = low != null ? "[" + low : lowExclusive != null ? "(" + lowExclusive : null;
        String to = high != null ? high + ")" : highInclusive != null ? highInclusive + "]" : null;
        if (from == null || "[0.0.0".equals(from) && to == null) {
            return to == null ? "" : "[0.0.0," + to;
        }
        return to == null ? from.substring(1) : from + "," + to;
    }

    /** The lower bound must not be read from inside a negation. */
    private static Matcher outsideNegations(String filter, Pattern pattern) {
        return pattern.matcher(filter.replaceAll("\\(!\\([^)]*\\)\\)", ""));
    }

    private static String first(Matcher m) {
        return m.find() ? m.group(1) : null;
    }
}
