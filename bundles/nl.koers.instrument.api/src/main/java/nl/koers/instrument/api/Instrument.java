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

    /** A stable id, lower case, unique among instruments: it keys the instrument's data in a dossier. */
    String id();

    /** What the instrument is, in the language asked for (Dutch when that language is not offered). */
    InstrumentDescriptor describe(Locale locale);
}
