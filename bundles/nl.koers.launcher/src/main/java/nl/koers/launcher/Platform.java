package nl.koers.launcher;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;

/**
 * The system Koers runs on, in the words SWT's native fragments use in their {@code Eclipse-PlatformFilter}
 * ({@code osgi.os}, {@code osgi.ws}, {@code osgi.arch}). Felix does not read that header, so the launcher does: a
 * fragment made for another system is left out, and the window refuses to start without the right one.
 *
 * @param os {@code linux}, {@code win32}, {@code macosx}, or another system's name in lower case
 * @param ws the windowing system: {@code gtk}, {@code win32} or {@code cocoa}
 * @param arch {@code x86_64}, {@code aarch64}, or another processor's name in lower case
 */
public record Platform(String os, String ws, String arch) {
    /** The header in which a bundle says which systems it is made for. */
    static final String FILTER_HEADER = "Eclipse-PlatformFilter";

    /**
     * The platform the framework properties {@code org.osgi.framework.os.name} and {@code
     * org.osgi.framework.processor} name, where set (a test simulating another system sets them), else this JVM's.
     */
    static Platform of(Map<String, String> frameworkProperties) {
        return of(frameworkProperties.getOrDefault(Constants.FRAMEWORK_OS_NAME, System.getProperty("os.name", "")),
                frameworkProperties.getOrDefault(Constants.FRAMEWORK_PROCESSOR, System.getProperty("os.arch", "")));
    }

    /**
     * @param osName a system's name as Java ({@code Windows 11}, {@code Mac OS X}) or OSGi ({@code Win32},
     *        {@code MacOSX}) writes it
     * @param processor a processor as Java ({@code amd64}) or OSGi ({@code x86-64}) writes it
     */
    public static Platform of(String osName, String processor) {
        String name = osName.toLowerCase(Locale.ROOT).replace(" ", "");
        String arch = switch (processor.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x86-64", "em64t", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> processor.toLowerCase(Locale.ROOT);
        };
        if (name.startsWith("win")) {
            return new Platform("win32", "win32", arch);
        }
        if (name.startsWith("mac") || name.startsWith("darwin")) {
            return new Platform("macosx", "cocoa", arch);
        }
        return new Platform(name, name.equals("linux") ? "gtk" : name, arch);
    }

    /** The platform a filter such as {@code (& (osgi.ws=win32) (osgi.os=win32) (osgi.arch=x86_64))} names. */
    static Platform namedBy(String platformFilter) {
        return new Platform(value(platformFilter, "osgi.os"), value(platformFilter, "osgi.ws"),
                value(platformFilter, "osgi.arch"));
    }

    private static String value(String filter, String key) {
        Matcher matcher = Pattern.compile(Pattern.quote(key) + "\\s*=\\s*([^)\\s]+)").matcher(filter);
        return matcher.find() ? matcher.group(1) : "?";
    }

    /** True when a bundle with this {@code Eclipse-PlatformFilter} is made for this platform (or the filter is broken). */
    boolean accepts(String platformFilter) {
        try {
            return FrameworkUtil.createFilter(platformFilter)
                    .matches(Map.of("osgi.os", os, "osgi.ws", ws, "osgi.arch", arch));
        } catch (InvalidSyntaxException e) {
            return true; // not ours to judge: the framework installs it as it would without the header
        }
    }

    /** The name of this platform's download: {@code windows-x86_64}, {@code macos-aarch64}, {@code linux-x86_64}. */
    String downloadName() {
        return toString().toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    /** The platform as a person names it, e.g. {@code Windows x86_64} or {@code macOS aarch64}. */
    @Override
    public String toString() {
        String name = switch (os) {
            case "win32" -> "Windows";
            case "macosx" -> "macOS";
            case "linux" -> "Linux";
            default -> os;
        };
        return name + " " + arch;
    }
}
