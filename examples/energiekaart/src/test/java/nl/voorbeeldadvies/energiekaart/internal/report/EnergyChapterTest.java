package nl.voorbeeldadvies.energiekaart.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.report.Block;
import nl.voorbeeldadvies.energiekaart.internal.EnergiekaartInstrument;
import nl.voorbeeldadvies.energiekaart.internal.Tables;

class EnergyChapterTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private final EnergyChapter chapter = new EnergyChapter();

    @Test
    void everyThemeIsARowWithItsCountsAndWhoPullsIt() {
        List<Block> blocks = chapter.blocks(Tables.marked(), NL);
        assertTrue(blocks.get(1) instanceof Block.Figure f && !f.page().shapes().isEmpty(), "the map as on the poster");
        Block.Table table = (Block.Table) blocks.get(2);
        assertEquals(List.of("Thema", "weten", "meedenken", "meedoen", "meebeslissen", "Wil meedoen of meebeslissen"),
                table.header());
        assertEquals(List.of("Werkplekken", "1", "1", "1", "1",
                "Marieke van Doorn (Gemeente Waalstede) en Peter Janssen (Ondernemers Waal & Linge)"),
                table.rows().get(0));
        assertEquals(new Block.Bullets(List.of("Taal", "Vervoer")), blocks.get(blocks.size() - 1),
                "the themes nobody pulls");
    }

    @Test
    void aDossierWithoutThemesHasNoChapter() {
        assertEquals(List.of(), chapter.blocks(Tables.fourPeople(), NL));
        assertEquals(List.of(), chapter.blocks(Dossier.titled("Leeg"), Locale.ENGLISH));
    }

    @Test
    void theChapterBelongsToTheEnergyMap() {
        assertEquals("energiekaart", chapter.instrumentId());
        assertTrue(chapter.id().startsWith(chapter.instrumentId()));
        // titled as the instrument is named, so a copy made with examples/new-instrument keeps passing
        assertEquals(new EnergiekaartInstrument().describe(Locale.ENGLISH).name(), chapter.title(Locale.ENGLISH));
    }
}
