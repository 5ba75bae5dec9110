package nl.koers.instrument.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Attribute;
import org.osgi.annotation.bundle.Capability;

/**
 * Declares that a bundle provides an instrument. Put it on the instrument's component class; bnd then writes
 * {@code Provide-Capability: koers.instrument;koers.instrument=<id>} into the manifest. Koers refuses to install
 * a plugin bundle that declares no such capability, so a firm's instrument must carry it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Capability(namespace = ProvidesInstrument.NAMESPACE)
public @interface ProvidesInstrument {
    /** The capability namespace, and the name of its attribute that holds the instrument id. */
    String NAMESPACE = "koers.instrument";

    /** {@return the instrument id, the same as {@link Instrument#id()}} */
    @Attribute(NAMESPACE)
    String value();
}
