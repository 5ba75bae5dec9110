package nl.koers.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;

/** A unit spelled the same way by many items is read as one string, so a large dossier holds each spelling once. */
class UnitSpellingsTest {
    @TempDir
    Path folder;

    @Test
    void itemsThatSpellAUnitAlikeShareOneString() throws Exception {
        List<Partner> partners = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            partners.add(Partner.of("P" + p, Role.CORE).withContributions(List.of(
                    Contribution.bring(Category.PEOPLE, "coaches").withAmount(BigDecimal.TEN, "uur/maand"),
                    Contribution.get(Category.MEANS, "geld").withAmount(BigDecimal.ONE, "euro"),
                    Contribution.get(Category.MEANS, "meer geld").withAmount(BigDecimal.TWO, "Euro"))));
        }
        Path file = folder.resolve("units.koers");
        JsonDossierStore store = new JsonDossierStore();
        store.write(Dossier.titled("Eenheden").withPartners(partners), file);

        Dossier read = store.read(file);

        List<String> units = read.partners().stream().flatMap(p -> p.contributions().stream())
                .map(Contribution::unit).toList();
        assertEquals(List.of("uur/maand", "euro", "Euro", "uur/maand", "euro", "Euro", "uur/maand", "euro", "Euro"),
                units);
        for (int i = 3; i < units.size(); i++) {
            assertSame(units.get(i % 3), units.get(i), "item " + i);
        }
        assertNotSame(units.get(1), units.get(2)); // another spelling stays as it was spelled
    }
}
