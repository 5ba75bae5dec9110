package nl.koers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The launcher reads SWT's Eclipse-PlatformFilter itself, since Felix does not. */
class PlatformTest {
    private static final String WINDOWS = "(& (osgi.ws=win32) (osgi.os=win32) (osgi.arch=x86_64))";
    private static final String MAC_ARM = "(& (osgi.ws=cocoa) (osgi.os=macosx) (osgi.arch=aarch64) )";
    private static final String LINUX = "(& (osgi.ws=gtk) (osgi.os=linux) (osgi.arch=x86_64))";

    @Test
    void namesJavasAndOsgisWordsForTheSameSystemAlike() {
        assertEquals(new Platform("win32", "win32", "x86_64"), Platform.of("Windows 11", "amd64"));
        assertEquals(new Platform("win32", "win32", "x86_64"), Platform.of("Win32", "x86-64"));
        assertEquals(new Platform("macosx", "cocoa", "aarch64"), Platform.of("Mac OS X", "aarch64"));
        assertEquals(new Platform("macosx", "cocoa", "x86_64"), Platform.of("MacOSX", "x86_64"));
        assertEquals(new Platform("linux", "gtk", "x86_64"), Platform.of("Linux", "amd64"));
        assertEquals(new Platform("macosx", "cocoa", "aarch64"),
                Platform.of(Map.of("org.osgi.framework.os.name", "MacOSX", "org.osgi.framework.processor", "arm64")));
    }

    @Test
    void acceptsOnlyTheFragmentForItsOwnSystem() {
        Platform windows = Platform.of("Windows 10", "amd64");
        assertTrue(windows.accepts(WINDOWS));
        assertFalse(windows.accepts(MAC_ARM));
        assertFalse(windows.accepts(LINUX));
        assertTrue(Platform.of("Mac OS X", "aarch64").accepts(MAC_ARM));
        assertFalse(Platform.of("Mac OS X", "x86_64").accepts(MAC_ARM), "an Intel Mac needs the x86_64 fragment");
        assertTrue(Platform.of("Linux", "amd64").accepts(LINUX));
    }

    @Test
    void saysWhatAFilterIsFor() {
        assertEquals("Windows x86_64", Platform.namedBy(WINDOWS).toString());
        assertEquals("macOS aarch64", Platform.namedBy(MAC_ARM).toString());
        assertEquals("macos-aarch64", Platform.namedBy(MAC_ARM).downloadName());
    }
}
