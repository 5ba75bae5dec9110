package nl.koers.render.internal;

import java.util.regex.Pattern;

import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.print.Printable;

/** The file a printable is written to, and the resolution of its PNG. */
final class PrintableFile {
    /** An id becomes a file name: it must not reach another folder or hide the file. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Sharp for a projector or a document; larger sheets get fewer dots so the image stays a few megabytes. */
    static final int PNG_DPI = 150;
    static final int PNG_MAX_SIDE_PX = 5000;

    private PrintableFile() {
    }

    /** {@code <id>.pdf} or {@code <id>.png}. */
    static String name(String id, Printable.Format format) {
        if (id == null || !PLAIN_NAME.matcher(id).matches()) {
            throw new IllegalArgumentException("printable id \"" + id
                    + "\" is not a plain file name (letters, digits, '.', '-', '_'; not starting with '.')");
        }
        return id + switch (format) {
            case PDF -> ".pdf";
            case PNG -> ".png";
        };
    }

    static int pngDpi(PageSize size) {
        double longestInches = Math.max(size.widthMm(), size.heightMm()) / 25.4;
        return (int) Math.min(PNG_DPI, Math.floor(PNG_MAX_SIDE_PX / longestInches));
    }
}
