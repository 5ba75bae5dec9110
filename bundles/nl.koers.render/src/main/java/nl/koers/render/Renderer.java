package nl.koers.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ProviderType;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;

/**
 * Turns pages into PDF and PNG. Text is wrapped exactly as on screen (the figure API's {@code TextMeasure}), in
 * embedded DejaVu Sans; a character the font lacks prints as {@code ?} instead of failing.
 */
@ProviderType
public interface Renderer {
    /**
     * All pages as one PDF, each page at its own size.
     *
     * @throws IllegalArgumentException when {@code pages} is empty: a PDF needs at least one page
     */
    void writePdf(List<Page> pages, OutputStream out) throws IOException;

    /**
     * One page as a PNG at the given resolution in dots per inch.
     *
     * @throws IllegalArgumentException when {@code dpi} is not positive or the image would be unreasonably large
     */
    void writePng(Page page, int dpi, OutputStream out) throws IOException;

    /**
     * Writes pages that were already made (the ones a preview showed) into {@code folder} as
     * {@code <id>.pdf} or {@code <id>.png}; returns the file. Writes atomically (temp file + rename).
     *
     * @throws IllegalArgumentException when {@code pages} is empty, or {@code id} is not a plain file name
     */
    Path write(String id, Printable.Format format, List<Page> pages, Path folder) throws IOException;

    /**
     * The file {@link #write(String, Printable.Format, List, Path)} writes to, so a caller can see whether it exists
     * before it writes over it.
     *
     * @throws IllegalArgumentException when {@code id} is not a plain file name
     */
    Path file(String id, Printable.Format format, Path folder);

    /** Makes the printable's pages for {@code dossier} and writes them as {@link #write(String, Printable.Format, List, Path)} does. */
    default Path write(Printable printable, Dossier dossier, Locale locale, Path folder) throws IOException {
        List<Page> pages = printable.pages(dossier, locale);
        if (pages == null || pages.isEmpty()) {
            throw new IllegalArgumentException(
                    "printable " + printable.id() + " made no pages for dossier \"" + dossier.title() + "\"");
        }
        return write(printable.id(), printable.format(), pages, folder);
    }
}
