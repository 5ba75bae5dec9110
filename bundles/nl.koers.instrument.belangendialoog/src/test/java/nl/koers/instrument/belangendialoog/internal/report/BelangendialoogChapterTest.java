package nl.koers.instrument.belangendialoog.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Lens;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.belangendialoog.internal.Dossiers;
import nl.koers.render.internal.LongTexts;
import nl.koers.store.internal.JsonDossierStore;

class BelangendialoogChapterTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private final BelangendialoogChapter chapter = new BelangendialoogChapter();

    @Test
    void theSampleHasEveryPartnersPositionsAndEveryPerson() throws Exception {
        Dossier d = new JsonDossierStore().read(Path.of("../nl.koers.shell/src/main/resources/samples/"
                + "voorbeeld-jongeren-aan-het-werk.koers"));
        everyPartnerPositionAndPerson(d, chapter.blocks(d, NL));
    }

    @Test
    void longTextsAreThereWhole() {
        Dossier d = LongTexts.dossier();
        List<Block> blocks = chapter.blocks(d, Locale.ENGLISH);
        everyPartnerPositionAndPerson(d, blocks);
        List<List<String>> rows = rows(blocks);
        for (Partner p : d.partners()) {
            for (Position position : p.positions()) {
                List<String> row = rows.stream().filter(r -> r.get(0).equals(position.text())).findFirst().orElseThrow();
                position.whys().forEach(why -> assertTrue(row.get(1).contains(why), why));
                assertTrue(row.get(2).contains(p.interests().get(0).text()), "the interest the ladder ends in");
            }
        }
    }

    @Test
    void theBoardPutsTheSharedInterestBeforeTheContradiction() {
        List<Block> blocks = chapter.blocks(Dossiers.small(), NL);
        List<String> items = blocks.stream().filter(Block.Bullets.class::isInstance)
                .flatMap(b -> ((Block.Bullets) b).items().stream()).toList();
        int shared = indexOf(items, "Elke jongere een plek: Gemeente Waalstede: Minder jongeren in de bijstand (eis); "
                + "ROC Lingedal: Minder voortijdig schoolverlaters (eis)");
        int tension = indexOf(items, "ROC Lingedal: Elke student haalt eerst een diploma (eis) en Ondernemersvereniging "
                + "Waal & Linge: Snel aan het werk, ook zonder diploma (eis) gaan allebei over");
        assertTrue(shared >= 0 && tension > shared, items.toString());
        assertTrue(items.contains("ROC Lingedal: \u201cEerst een diploma, dan pas werk\u201d"), "a position without an interest");
    }

    @Test
    void theLensesAreAFigureAndATableWithEveryLens() {
        List<Block> blocks = chapter.blocks(Dossiers.small(), NL);
        assertEquals(1, blocks.stream().filter(Block.Figure.class::isInstance).count());
        Block.Table lenses = blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .filter(t -> t.header().get(0).equals("Bril")).findFirst().orElseThrow();
        assertEquals(Lens.values().length, lenses.rows().size());
        assertEquals("Niemand kijkt door deze bril: stel deze vragen zelf.", lenses.rows().get(3).get(1),
                "nobody wears the relational lens");
    }

    @Test
    void aDossierWithoutPositionsLensesOrLinksHasNoChapter() {
        assertEquals(List.of(), chapter.blocks(Dossier.titled("Leeg"), NL));
        Partner quiet = Partner.of("A", Role.CORE).withRepresentatives(List.of(Representative.of("Iemand", "")));
        assertEquals(List.of(), chapter.blocks(Dossier.titled("Stil").withPartners(List.of(quiet)), NL));
        Partner looking = quiet.withRepresentatives(List.of(Representative.of("Iemand", "", Lens.POLITICAL)));
        assertFalse(chapter.blocks(Dossier.titled("Bril").withPartners(List.of(looking)), NL).isEmpty());
    }

    /** Every partner is a heading, every position a row of a well-formed table, every person in the lens table. */
    private static void everyPartnerPositionAndPerson(Dossier d, List<Block> blocks) {
        List<List<String>> rows = rows(blocks);
        for (Partner p : d.partners()) {
            assertTrue(blocks.contains(new Block.Heading(2, p.name())), p.name());
            p.positions().forEach(pos -> assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(pos.text())),
                    pos.text()));
            for (Representative r : p.representatives()) {
                if (!r.lenses().isEmpty()) {
                    assertTrue(rows.stream().anyMatch(row -> row.get(1).contains(r.name() + " (" + p.name() + ")")),
                            r.name());
                }
            }
        }
    }

    private static List<List<String>> rows(List<Block> blocks) {
        List<List<String>> rows = new ArrayList<>();
        blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).forEach(t -> {
            assertTrue(t.header().stream().noneMatch(String::isBlank), t.header().toString());
            t.rows().forEach(r -> assertFalse(r.get(0).isBlank(), "every row says what it is about: " + r));
            rows.addAll(t.rows());
        });
        return rows;
    }

    private static int indexOf(List<String> items, String start) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }
}
