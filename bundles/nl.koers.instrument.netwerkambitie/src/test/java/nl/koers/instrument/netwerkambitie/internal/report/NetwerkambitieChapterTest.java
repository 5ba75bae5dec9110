package nl.koers.instrument.netwerkambitie.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.TextDiff;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.netwerkambitie.internal.Dossiers;
import nl.koers.instrument.netwerkambitie.internal.Phrases;
import nl.koers.render.internal.LongTexts;
import nl.koers.store.internal.JsonDossierStore;

class NetwerkambitieChapterTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private final NetwerkambitieChapter chapter = new NetwerkambitieChapter();

    static Dossier sample() throws Exception {
        return new JsonDossierStore().read(Path.of("../nl.koers.shell/src/main/resources/samples/"
                + "voorbeeld-jongeren-aan-het-werk.koers"));
    }

    @Test
    void theSampleHasEveryPartnerEveryEndorsementAndTheCurrentAmbition() throws Exception {
        Dossier d = sample();
        List<Block> blocks = chapter.blocks(d, NL);
        everyPartnerAndEndorsement(d, blocks);
        String current = d.ambition().current().orElseThrow().statement();
        assertFalse(current.isBlank());
        assertTrue(paragraphs(blocks).contains(current), "the current ambition, whole, as a paragraph");
    }

    @Test
    void longTextsAreThereWhole() {
        Dossier d = LongTexts.dossier();
        List<Block> blocks = chapter.blocks(d, Locale.ENGLISH);
        everyPartnerAndEndorsement(d, blocks);
        String all = String.join("\n", texts(blocks));
        for (Partner p : d.partners()) {
            p.interests().forEach(i -> assertTrue(all.contains(i.text()), i.text()));
            p.contributions().forEach(c -> assertTrue(all.contains(c.description()), c.description()));
        }
    }

    @Test
    void eachPartnersCardIsATableOfItsInterestsAndItems() {
        Dossier d = Dossiers.small();
        List<Block> blocks = chapter.blocks(d, NL);
        Block.Table gemeente = (Block.Table) blocks.get(blocks.indexOf(new Block.Heading(2, "Gemeente Waalstede")) + 2);
        assertEquals(List.of(List.of("Eigen belang", "organisatie \u00b7 Minder jongeren in de bijstand", "eis"),
                List.of("Overkoepelend belang", "E\u00e9n regionale aanpak in plaats van vijf projecten", "wens"),
                List.of("Wat wij komen brengen", "middelen \u00b7 Budget voor het jongerenloket \u2014 250.000\u00a0euro/jaar",
                        "wens"),
                List.of("Wat wij komen halen", "mensen \u00b7 Leerbanen voor jongeren \u2014 40\u00a0plaatsen/jaar", "wens")),
                gemeente.rows());
        assertTrue(blocks.contains(new Block.Paragraph("Nog niets ingevuld op de belangenkaart.")),
                "the chain partner without a card is there, and says so");
    }

    @Test
    void aDossierWithoutCardsOrAmbitionHasNoChapter() {
        assertEquals(List.of(), chapter.blocks(Dossier.titled("Leeg"), NL));
        Dossier partnersOnly = Dossier.titled("Alleen partners").withPartners(List.of(Partner.of("A", Role.CORE)));
        assertEquals(List.of(), chapter.blocks(partnersOnly, NL));
    }

    @Test
    void theWordDiffMarksWhatWentOutAndWhatCameIn() {
        AmbitionRounds rounds = new AmbitionRounds(new Phrases(NL));
        assertEquals("Samen zorgen dat elke jongere [erbij: in Rivierenland] een plek vindt [erbij: op school]",
                rounds.marked(TextDiff.words("Samen zorgen dat elke jongere een plek vindt",
                        "Samen zorgen dat elke jongere in Rivierenland een plek vindt op school")));
        assertEquals("Wij [weg: delen] [erbij: bundelen] gegevens [weg: en kennis].",
                rounds.marked(TextDiff.words("Wij delen gegevens en kennis.", "Wij bundelen gegevens.")));
    }

    @Test
    void everyRoundSaysWhatChangedSinceTheOneBefore() {
        List<Block> blocks = chapter.blocks(Dossiers.withAmbition(), NL);
        assertTrue(paragraphs(blocks).stream().anyMatch(p -> p.startsWith("Veranderd sinds ronde 1: ")
                && p.contains("[erbij: ")), String.join("\n", paragraphs(blocks)));
    }

    /** Every partner is named, and every endorsement is a row of its round's table with its word and remark. */
    private static void everyPartnerAndEndorsement(Dossier d, List<Block> blocks) {
        List<String> all = texts(blocks);
        d.partners().forEach(p -> assertTrue(all.contains(p.name()), p.name()));
        List<List<String>> rows = new ArrayList<>();
        blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).forEach(t -> {
            assertTrue(t.header().stream().noneMatch(String::isBlank), "every column has a title: " + t.header());
            rows.addAll(t.rows());
        });
        int endorsements = 0;
        for (AmbitionVersion v : d.ambition().versions()) {
            for (Map.Entry<String, Endorsement> e : v.endorsements().entrySet()) {
                String name = d.partner(e.getKey()).orElseThrow().name();
                assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(name) && r.get(2).equals(e.getValue().remark())
                        && !r.get(1).isBlank()), name + " in round " + v.round());
                endorsements++;
            }
        }
        assertTrue(endorsements > 0, "the dossier has endorsements to look for");
    }

    private static List<String> paragraphs(List<Block> blocks) {
        return blocks.stream().filter(Block.Paragraph.class::isInstance).map(b -> ((Block.Paragraph) b).text())
                .toList();
    }

    /** Every text of the chapter, one cell or item at a time. */
    static List<String> texts(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        for (Block b : blocks) {
            switch (b) {
                case Block.Heading h -> out.add(h.text());
                case Block.Paragraph p -> out.add(p.text());
                case Block.Bullets l -> out.addAll(l.items());
                case Block.Table t -> t.rows().forEach(out::addAll);
                case Block.Figure f -> out.add(f.caption());
            }
        }
        return out;
    }
}
