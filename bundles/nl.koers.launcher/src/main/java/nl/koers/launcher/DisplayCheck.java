package nl.koers.launcher;

import java.util.Map;

/** Whether the workbench can have a window at all: on Linux and other X11/Wayland systems it needs a display. */
final class DisplayCheck {
    private DisplayCheck() {
    }

    static boolean displayMissing(Map<String, String> environment, String osName) {
        if (osName.startsWith("Windows") || osName.startsWith("Mac")) {
            return false;
        }
        return isBlank(environment.get("DISPLAY")) && isBlank(environment.get("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
