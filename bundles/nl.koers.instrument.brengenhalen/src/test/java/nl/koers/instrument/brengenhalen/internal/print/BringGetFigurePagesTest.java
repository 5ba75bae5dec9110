package nl.koers.instrument.brengenhalen.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.brengenhalen.internal.Dossiers;
import nl.koers.instrument.brengenhalen.internal.Phrases;

/** A page of the figure shows only the partners asked for, as the screen shows a large table (the ring: RingSearchTest). */
class BringGetFigurePagesTest {
    private final Phrases say = new Phrases(Locale.of("nl"));

    @Test
    void aPageShowsItsPartnersAndNoOthers() {
        Dossier d = Dossiers.table(60);
        BringGetFigure figure = new BringGetFigure(say, PageSize.A3_LANDSCAPE);
        Set<String> texts = PrintablesTest.labels(figure.page(d, 24, 48)).stream()
                .map(nl.koers.instrument.api.figure.Label::text).collect(Collectors.toSet());
        for (int i = 0; i < d.partners().size(); i++) {
            Partner p = d.partners().get(i);
            assertEquals(i >= 24 && i < 48, texts.contains(say.name(p)), p.name());
        }
        assertTrue(texts.contains(d.title()), "the title is on every page");
        assertEquals(PrintablesTest.labels(figure.page(d)), PrintablesTest.labels(figure.page(d, 0, 60)),
                "all partners: the printed figure");
        assertFalse(PrintablesTest.labels(figure.page(d, 0, 0)).isEmpty(), "no partners: the core alone");
    }
}
