package nl.koers.launcher;

import java.util.Locale;

/** What a failing workbench most likely lacks, judged from the error SWT threw; each kind has its own advice. */
enum GuiFailure {
    /** SWT could not load its native library, nearly always because GTK 3 is not installed. */
    GTK_MISSING("gui.failed.gtk"),
    /** GTK is there but could not open the display (a wrong DISPLAY, or no X server behind it). */
    DISPLAY_UNREACHABLE("gui.failed.display"),
    OTHER("gui.failed");

    private final String messageKey;

    GuiFailure(String messageKey) {
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }

    static GuiFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("gtk_init_check") || message.contains("cannot open display")) {
                return DISPLAY_UNREACHABLE;
            }
            if (cause instanceof UnsatisfiedLinkError
                    || message.contains("could not load swt library")
                    || message.contains("libgtk")) {
                return GTK_MISSING;
            }
        }
        return OTHER;
    }
}
