package nl.koers.instrument.api.report;

import java.util.List;
import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

import nl.koers.domain.Dossier;

/**
 * One chapter of the dossier report, written by the instrument whose data it shows. Register it as a service; the
 * report offers every installed chapter that has something to say, in the order the facilitator chooses. Calls are
 * guarded: a chapter that throws is left out with a line that says so, and the rest of the report is written.
 */
@ConsumerType
public interface ReportChapter {
    /** {@return an id, unique and stable, used on the command line: start it with the instrument's id} */
    String id();

    /**
     * {@return the id of the instrument whose data this chapter shows} A dossier that holds data of an instrument
     * without any installed chapter gets one line in the report that says its data is left out.
     */
    String instrumentId();

    /**
     * {@return the chapter's title, in the language asked for}
     *
     * @param locale the language of the report
     */
    String title(Locale locale);

    /**
     * {@return what the chapter says about {@code dossier}; empty when the dossier has no data for it yet} An empty
     * chapter is not offered. Called off the UI thread, also by the headless command line: build blocks, not
     * widgets. A chapter for 200 partners should take well under a second.
     *
     * @param dossier the dossier as it is now
     * @param locale the language of the report
     */
    List<Block> blocks(Dossier dossier, Locale locale);
}
