package nl.voorbeeldadvies.energiekaart.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Box;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.Shape;
import nl.koers.instrument.api.print.Printable;
import nl.voorbeeldadvies.energiekaart.internal.EnergyData;
import nl.voorbeeldadvies.energiekaart.internal.Heat;
import nl.voorbeeldadvies.energiekaart.internal.Involvement;
import nl.voorbeeldadvies.energiekaart.internal.Tables;

class EnergyPosterTest {
    private static final Locale NL = Locale.of("nl");
    private final Printable poster = new EnergyPoster();

    private static List<String> texts(Page page) {
        return page.shapes().stream().filter(Label.class::isInstance).map(s -> ((Label) s).text()).toList();
    }

    @Test
    void isAnA3PdfWithTheMapTheCountsAndWhoPulls() {
        assertEquals("energiekaart.poster", poster.id());
        assertEquals(Printable.Format.PDF, poster.format());
        assertEquals("Energy map (A3 poster)", poster.name(Locale.ENGLISH));
        List<Page> pages = poster.pages(Tables.marked(), NL);
        assertEquals(1, pages.size());
        Page page = pages.get(0);
        assertEquals(PageSize.A3_LANDSCAPE, page.size());
        List<String> texts = texts(page);
        assertTrue(texts.contains("Waar zit de energie? Jongeren aan het werk"), texts.toString());
        assertTrue(texts.contains("4 deelnemers over 3 thema’s"), texts.toString());
        assertTrue(texts.containsAll(List.of("Werkplekken", "Taal", "Vervoer", "meedoen", "meebeslissen")));
        assertTrue(texts.contains("Marieke van Doorn (Gemeente Waalstede) en Peter Janssen (Ondernemers Waal & Linge)"),
                texts.toString());
        assertTrue(texts.contains("Taal en Vervoer"), "the themes without energy at the foot: " + texts);
        // the deepest cell: Taal, thought along by two, in the full cool colour
        int[] deepest = Heat.rgb(Involvement.THINK_ALONG, 2, 2);
        assertEquals(1, page.shapes().stream().filter(Box.class::isInstance).map(Box.class::cast)
                .filter(b -> b.fill() != null && b.fill().red() == deepest[0] && b.fill().green() == deepest[1]
                        && b.fill().blue() == deepest[2])
                .count());
        inside(page);
    }

    @Test
    void anEmptyDossierSaysSoInEnglishToo() {
        Page page = poster.pages(Tables.fourPeople(), Locale.ENGLISH).get(0);
        assertTrue(texts(page).contains("There are no themes on the map yet."), texts(page).toString());
        inside(page);
    }

    @Test
    void manyThemesAreCountedNotSqueezed() {
        Dossier d = Tables.fourPeople();
        for (int i = 1; i <= 60; i++) {
            d = EnergyData.addTheme("Thema " + i).applyTo(d);
        }
        Page page = poster.pages(d, NL).get(0);
        List<String> texts = texts(page);
        String more = texts.stream().filter(t -> t.startsWith("… en nog")).findFirst().orElseThrow();
        int shown = (int) texts.stream().filter(t -> t.matches("Thema \\d+")).count();
        assertEquals("… en nog " + (60 - shown) + " thema’s", more);
        assertTrue(shown >= 15, "an A3 holds a good number of rows: " + shown);
        inside(page);
    }

    /** Nothing runs off the page. */
    private static void inside(Page page) {
        double w = page.size().widthMm();
        double h = page.size().heightMm();
        for (Shape s : page.shapes()) {
            if (s instanceof Label l) {
                assertTrue(l.x() >= 0 && l.y() >= 0 && l.x() + l.width() <= w + 1e-6 && l.y() + l.height() <= h + 1e-6,
                        "off the page: " + l);
            } else if (s instanceof Box b) {
                assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.width() <= w + 1e-6 && b.y() + b.height() <= h + 1e-6,
                        "off the page: " + b);
            }
        }
    }
}
