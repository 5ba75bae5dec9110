package nl.koers.report.internal;

import java.util.Locale;
import java.util.Set;

import nl.koers.instrument.api.report.ReportChapter;

/** A chapter Koers writes itself, whatever instruments are installed: it belongs to no instrument. */
abstract class BuiltIn implements ReportChapter {
    /** The instrument id of the built-in chapters. */
    static final String INSTRUMENT = "koers";
    /** The ids of the built-in chapters: no chapter service can take them. */
    static final Set<String> IDS = Set.of(PartnersChapter.ID, OpenIssuesChapter.ID, AppendixChapter.ID);

    private final String id;
    private final String titleKey;

    BuiltIn(String id, String titleKey) {
        this.id = id;
        this.titleKey = titleKey;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String instrumentId() {
        return INSTRUMENT;
    }

    @Override
    public final String title(Locale locale) {
        return Words.of(locale).get(titleKey);
    }
}
