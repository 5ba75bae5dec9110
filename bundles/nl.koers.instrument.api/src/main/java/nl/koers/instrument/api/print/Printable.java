package nl.koers.instrument.api.print;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;

/** Something to print or hand out, made from a dossier: one or more pages. */
@ConsumerType
public interface Printable {
    /** How it is written: a PDF of all pages, or a PNG image of the first. */
    enum Format {
        PDF, PNG
    }

    /** Unique and stable, used on the command line: e.g. {@code netwerkambitie.cards}. */
    String id();

    /** What a person sees in the export menu. */
    String name(Locale locale);

    Format format();

    /** The pages for {@code dossier}; may be empty when the dossier has nothing to show yet. */
    List<Page> pages(Dossier dossier, Locale locale);
}
