package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The plugin list shows a signer by its common name; an odd name is shown whole rather than lost. */
class SignerNameTest {
    @Test
    void theCommonNameOfADistinguishedName() {
        assertEquals("Voorbeeld Advies test key",
                PluginWords.commonName("CN=Voorbeeld Advies test key,O=Voorbeeld Advies (fictional),C=NL"));
        assertEquals("Firma, Zwolle", PluginWords.commonName("O=Firma BV, CN=Firma, Zwolle, C=NL"));
        assertEquals("no name here", PluginWords.commonName("no name here"));
    }
}
