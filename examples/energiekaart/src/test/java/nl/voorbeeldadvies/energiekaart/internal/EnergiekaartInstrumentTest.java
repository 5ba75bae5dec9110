package nl.voorbeeldadvies.energiekaart.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.Manifest;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.testing.DescriptorChecks;
import nl.koers.instrument.api.Step;

class EnergiekaartInstrumentTest {
    private static final Locale NL = Locale.of("nl");
    private static final Locale EN = Locale.ENGLISH;

    private final EnergiekaartInstrument instrument = new EnergiekaartInstrument();

    @Test
    void describesItselfInDutchAndInEnglishWithThreeSteps() {
        InstrumentDescriptor nl = instrument.describe(NL);
        InstrumentDescriptor en = instrument.describe(EN);
        assertEquals("energiekaart", nl.id());
        assertEquals("Energiekaart: waar zit de energie?", nl.name());
        assertEquals("Energy map: where is the energy?", en.name());
        assertEquals(List.of("Thema's", "Wie wil wat?", "Waar zit de energie?"),
                nl.steps().stream().map(Step::title).toList());
        assertEquals(3, en.steps().size());
        assertEquals(3, nl.materials().size());
        assertFalse(nl.source().isBlank());
        assertFalse(en.steps().get(1).question().isBlank());
        // what Koers asks of every instrument: complete in both languages, Dutch for any other
        DescriptorChecks.assertComplete(instrument, NL, 3);
        DescriptorChecks.assertComplete(instrument, EN, 3);
        DescriptorChecks.assertUnknownLanguageGetsDutch(instrument);
    }

    @Test
    void bothLanguagesSayTheSameThings() {
        Texts nl = Texts.load(EnergiekaartInstrument.TEXTS, NL, getClass().getClassLoader());
        Texts en = Texts.load(EnergiekaartInstrument.TEXTS, EN, getClass().getClassLoader());
        assertEquals(nl.keys(), en.keys());
        for (Involvement i : Involvement.values()) {
            assertFalse(new Phrases(EN).word(i).startsWith("!"), i.name());
        }
        // a key with arguments takes the typographic apostrophe: MessageFormat eats a plain one in a choice
        assertEquals("4 deelnemers over 2 thema’s", new Phrases(NL).format("print.subtitle", 4, 2));
        assertEquals("Eén deelnemer over één thema", new Phrases(NL).format("print.subtitle", 1, 1));
        assertEquals("… en nog 3 thema’s", new Phrases(NL).format("print.more", 3));
    }

    /**
     * Koers installs a plugin only when it declares the instrument capability and imports the API as a range it
     * offers: the manifest bnd wrote says both.
     */
    @Test
    void theManifestDeclaresTheInstrumentAndImportsTheApiAsAMajorRange() throws Exception {
        Manifest mf;
        try (InputStream in = Files.newInputStream(Path.of("target/classes/META-INF/MANIFEST.MF"))) {
            mf = new Manifest(in);
        }
        var main = mf.getMainAttributes();
        assertEquals("nl.voorbeeldadvies.energiekaart", main.getValue("Bundle-SymbolicName"));
        assertTrue(main.getValue("Provide-Capability").contains("koers.instrument;koers.instrument=energiekaart"),
                main.getValue("Provide-Capability"));
        String imports = main.getValue("Import-Package");
        assertTrue(Pattern.compile("nl\\.koers\\.instrument\\.api;version=\"\\[1\\.\\d+,2\\)\"").matcher(imports).find(),
                imports);
        assertTrue(Pattern.compile("nl\\.koers\\.domain;version=\"\\[1\\.\\d+,2\\)\"").matcher(imports).find(), imports);
        assertEquals(null, main.getValue("Export-Package"), "a plugin exports nothing");
        assertTrue(main.getValue("Service-Component").contains("EnergiekaartInstrument"));
    }
}
