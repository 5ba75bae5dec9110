package nl.koers.instrument.api;

import java.util.Locale;
import java.util.Objects;

import org.osgi.annotation.versioning.ConsumerType;

import nl.koers.domain.Texts;

/**
 * An instrument whose description lives in a resource bundle of its own bundle (Dutch base file, English
 * {@code _en} file), in the keys that {@link InstrumentDescriptor#fromTexts} reads. Most instruments need
 * nothing more than this to appear in the catalogue.
 */
@ConsumerType
public abstract class TextInstrument implements Instrument {
    private final String id;
    private final String textsBaseName;

    /**
     * An instrument with the id {@code id} whose texts are in the subclass's bundle.
     *
     * @param id the instrument's id, as in {@link ProvidesInstrument}
     * @param textsBaseName the resource bundle's base name, e.g. {@code "com.firma.energiekaart.internal.Texts"}
     */
    protected TextInstrument(String id, String textsBaseName) {
        this.id = Objects.requireNonNull(id, "id");
        this.textsBaseName = Objects.requireNonNull(textsBaseName, "textsBaseName");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public InstrumentDescriptor describe(Locale locale) {
        // the subclass's class loader: the texts live in the instrument's own bundle
        return InstrumentDescriptor.fromTexts(id, Texts.load(textsBaseName, locale, getClass().getClassLoader()));
    }
}
