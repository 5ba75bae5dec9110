package nl.koers.instrument.partnermodel.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Dossier;
import nl.koers.domain.SnapshotKind;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;
import nl.koers.render.internal.LongTexts;
import nl.koers.store.internal.JsonDossierStore;

class PartnermodelChapterTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private final PartnermodelChapter chapter = new PartnermodelChapter(TemplateCatalogue.standardOnly());

    @Test
    void theSampleHasTheCanvasAndEveryNoteUnderItsBlock() throws Exception {
        Dossier d = new JsonDossierStore().read(Path.of("../nl.koers.shell/src/main/resources/samples/"
                + "voorbeeld-jongeren-aan-het-werk.koers"));
        assertFalse(d.canvasNotes().isEmpty(), "the sample has notes");
        everyNoteWithItsPartner(d, chapter.blocks(d, NL));
    }

    @Test
    void longTextsAreThereWhole() {
        Dossier d = LongTexts.dossier();
        everyNoteWithItsPartner(d, chapter.blocks(d, Locale.ENGLISH));
    }

    @Test
    void eachSnapshotIsComparedWithTheOneBeforeAndTheLastWithTheCanvasNow() {
        Dossier d = Dossiers.small();
        List<CanvasNote> first = d.canvasNotes();
        List<CanvasNote> second = List.of(first.get(0).inBlock("channels"), first.get(1).withText("Matchen op talent"),
                first.get(3), new CanvasNote("n5", "branding", "Eén naam: Jong Rivierenland", "", ""));
        Dossier snapped = d.withCanvasSnapshots(List.of(
                new CanvasSnapshot("s1", "Eerste sessie", SnapshotKind.FIRST_DESIGN, LocalDate.of(2026, 3, 3), first,
                        "standaard"),
                new CanvasSnapshot("s2", "Evaluatie", SnapshotKind.EVALUATION, LocalDate.of(2026, 9, 1), second,
                        "standaard"))).withCanvasNotes(second);
        List<Block> blocks = chapter.blocks(snapped, NL);
        List<String> headings = blocks.stream().filter(b -> b instanceof Block.Heading h && h.level() == 2)
                .map(b -> ((Block.Heading) b).text()).toList();
        assertTrue(headings.contains("Van Eerste sessie \u00b7 eerste ontwerp \u00b7 3 mrt 2026 naar Evaluatie \u00b7 "
                + "tussentijdse evaluatie \u00b7 1 sep 2026"), headings.toString());
        int now = blocks.indexOf(new Block.Heading(2, "Van Evaluatie \u00b7 tussentijdse evaluatie \u00b7 1 sep 2026 "
                + "naar Het canvas nu"));
        assertEquals(new Block.Paragraph("Geen verschillen."), blocks.get(now + 1));
        Block.Table changes = blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast)
                .filter(t -> t.header().get(0).equals("Wat")).findFirst().orElseThrow();
        assertEquals(List.of(
                List.of("weggehaald", "Stuurgroep van de drie kernpartners, roulerend voorzitter",
                        "Besturing en regulering", "(de hele tafel)", ""),
                List.of("verplaatst", "E\u00e9n loket voor jongeren en werkgevers", "Kanalen", "Gemeente Waalstede",
                        "van Aanbod en propositie"),
                List.of("herschreven", "Matchen op talent", "Kernactiviteiten", "UWV Rivierenland",
                        "eerder: Matchen op vaardigheden, niet op diploma's"),
                List.of("nieuw", "E\u00e9n naam: Jong Rivierenland", "Branding", "(de hele tafel)", "")),
                changes.rows());
        assertEquals(2, blocks.stream().filter(Block.Figure.class::isInstance).count(),
                "the canvas, and the one comparison with changes marked");
    }

    @Test
    void aDossierWithoutNotesOrSnapshotsHasNoChapter() {
        assertEquals(List.of(), chapter.blocks(Dossier.titled("Leeg"), NL));
        assertEquals(List.of(), chapter.blocks(Dossiers.small().withCanvasNotes(List.of()), NL));
    }

    /** Every note is a row under a block's heading, with the partner it comes from; every table is well-formed. */
    private static void everyNoteWithItsPartner(Dossier d, List<Block> blocks) {
        assertTrue(blocks.get(1) instanceof Block.Figure f && !f.page().shapes().isEmpty(), "the canvas first");
        List<List<String>> rows = new ArrayList<>();
        blocks.stream().filter(Block.Table.class::isInstance).map(Block.Table.class::cast).forEach(t -> {
            assertTrue(t.header().stream().noneMatch(String::isBlank), t.header().toString());
            rows.addAll(t.rows());
        });
        for (CanvasNote n : d.canvasNotes()) {
            String from = n.partnerId().isBlank() ? "(de hele tafel)" : d.partner(n.partnerId()).orElseThrow().name();
            assertTrue(rows.stream().anyMatch(r -> r.get(0).equals(n.text()) && (r.get(1).equals(from)
                    || r.get(1).equals("(the whole table)"))), n.text());
        }
    }
}
