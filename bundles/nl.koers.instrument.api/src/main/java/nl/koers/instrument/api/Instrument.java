package nl.koers.instrument.api;

import java.util.Locale;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A working method a facilitator runs with the partners. Register an implementation as an OSGi service with
 * the service property {@value #ID_PROPERTY} set to {@link #id()}; the workbench picks it up while running.
 *
 * <p>Calls into an instrument are guarded: an instrument that throws is shown as failed, with its error, and
 * never takes the workbench down.
 */
@ConsumerType
public interface Instrument {
    /** The service property that carries the instrument's id. */
    String ID_PROPERTY = "instrument.id";

    /**
     * {@return a stable id, lower case, unique among instruments} It keys the instrument's data in a dossier and
     * its settings, so it never changes once a dossier holds data of the instrument.
     */
    String id();

    /**
     * {@return what the instrument is, in the language asked for} Dutch when that language is not offered.
     *
     * @param locale the language of the catalogue
     */
    InstrumentDescriptor describe(Locale locale);
}
