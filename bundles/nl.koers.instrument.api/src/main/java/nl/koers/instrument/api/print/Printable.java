package nl.koers.instrument.api.print;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;

/**
 * Something to print or hand out, made from a dossier: one or more pages. Register it as a service; the window's
 * export menu and {@code bin/koers export} offer it. Calls are guarded: a printable that throws fails its own
 * export, not Koers.
 */
@ConsumerType
public interface Printable {
    /** How it is written: a PDF of all pages, or a PNG image of the first. */
    enum Format {
        /** A PDF with every page, at its paper size. */
        PDF,
        /** A PNG image of the first page. */
        PNG
    }

    /**
     * {@return an id, unique and stable, used on the command line: e.g. {@code netwerkambitie.cards}} Start it with
     * the instrument's id.
     */
    String id();

    /**
     * {@return what a person sees in the export menu}
     *
     * @param locale the language of the window
     */
    String name(Locale locale);

    /** {@return how it is written} */
    Format format();

    /**
     * {@return the pages for {@code dossier}; may be empty when the dossier has nothing to show yet} Called off the
     * UI thread, also by the headless command line: build figures ({@link nl.koers.instrument.api.figure}), not
     * widgets.
     *
     * @param dossier the dossier as it is now
     * @param locale the language to print in
     */
    List<Page> pages(Dossier dossier, Locale locale);
}
