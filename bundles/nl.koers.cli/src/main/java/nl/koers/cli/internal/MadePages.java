package nl.koers.cli.internal;

import java.util.List;
import java.util.Locale;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;

/**
 * A printable whose pages were already made: the command asks the plugin once, counts the pages and skips an empty
 * result, then hands these same pages to the renderer.
 */
record MadePages(Printable source, List<Page> pages) implements Printable {
    @Override
    public String id() {
        return source.id();
    }

    @Override
    public String name(Locale locale) {
        return source.name(locale);
    }

    @Override
    public Format format() {
        return source.format();
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        return pages;
    }
}
