package nl.koers.instrument.api.data;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The version of an instrument's data that a record describes; a record without it is version 1. Raise it when a
 * component changes its meaning or type, and register the step from the version before with
 * {@link InstrumentData#from}. Adding a component needs no new version: older data reads it as absent.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DataVersion {
    /** {@return the version, 1 or more} */
    int value();
}
