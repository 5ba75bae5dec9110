package nl.koers.domain.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.EditRefused.Reason;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.Texts;

/** A refused edit says why in the user's language: Dutch first, English second, English in the log. */
class EditRefusedTest {
    private static final Locale DUTCH = Locale.of("nl");

    @Test
    void aDuplicatePartnerIsRefusedInDutchForADutchUser() {
        Partner gemeente = Partner.of("Gemeente Tiel", Role.CORE);
        var session = new DossierSession(Dossier.titled("Wijkzorg").withPartner(gemeente));
        var e = assertThrows(EditRefused.class, () -> session.apply(Edits.addPartner(gemeente)));
        assertEquals("refused.PARTNER_EXISTS", e.key());
        assertEquals(List.of("Gemeente Tiel"), e.arguments());
        assertEquals("De partner Gemeente Tiel staat al in de samenwerking.", e.message(DUTCH));
        assertEquals("The partner Gemeente Tiel is already in the dossier.", e.message(Locale.ENGLISH));
        assertEquals(e.message(Locale.ENGLISH), e.getMessage(), "the log reads English");
        assertEquals(e.message(DUTCH), e.message(Locale.GERMAN), "a language Koers does not speak gets Dutch");
    }

    @Test
    void everyReasonIsSaidInBothLanguages() {
        Texts nl = Texts.words(DUTCH);
        Texts en = Texts.words(Locale.ENGLISH);
        for (Reason reason : Reason.values()) {
            String key = new EditRefused(reason).key();
            assertFalse(nl.get(key).startsWith("!"), () -> "no Dutch sentence for " + key);
            assertFalse(en.get(key).startsWith("!"), () -> "no English sentence for " + key);
            assertNotEquals(nl.get(key), en.get(key), () -> key + " is translated");
        }
    }

    @Test
    void numbersAreWrittenTheWayOfTheLanguage() {
        var e = new EditRefused(Reason.TEXT_TOO_LONG, 20_000_001, 20_000_000);
        assertEquals("Deze tekst is te lang om te bewaren: 20.000.001 tekens, ten hoogste 20.000.000.", e.message(DUTCH));
        assertEquals("This text is too long to be saved: 20,000,001 characters, at most 20,000,000.",
                e.message(Locale.ENGLISH));
    }
}
