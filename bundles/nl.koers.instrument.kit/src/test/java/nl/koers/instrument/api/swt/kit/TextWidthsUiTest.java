package nl.koers.instrument.api.swt.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Widths kept per text: the same as measuring every time, in the type asked for, measured once. */
class TextWidthsUiTest {
    private final Display display = Display.getDefault();
    private Font body;
    private Font large;

    @BeforeEach
    void fonts() {
        FontData data = display.getSystemFont().getFontData()[0];
        body = new Font(display, data.getName(), 10, SWT.NORMAL);
        large = new Font(display, data.getName(), 24, SWT.NORMAL);
    }

    @AfterEach
    void dispose() {
        body.dispose();
        large.dispose();
    }

    @Test
    void theWidestIsTheWidestTheTypeGives() {
        String[] texts = {"", "Gemeente Waalstede", "Ondernemersvereniging Waal & Linge", "ééé", "WWWW", "iiiiiiii"};
        TextWidths widths = new TextWidths();
        assertEquals(MeasuredDirectly.widest(body, texts), widths.widest(body, texts));
        assertEquals(MeasuredDirectly.widest(body, "iiiiiiii"), widths.widest(body, "iiiiiiii"),
                "one text, known already");
        assertEquals(0, widths.widest(body), "nothing to measure");
        int[] each = widths.each(body, texts);
        for (int i = 0; i < texts.length; i++) {
            assertEquals(MeasuredDirectly.widest(body, texts[i]), each[i], texts[i]);
        }
    }

    @Test
    void aRefreshMeasuresOnlyTheNameThatChanged() {
        List<String> names = new ArrayList<>(IntStream.range(0, 1000).mapToObj(i -> "Partner " + i + " BV").toList());
        TextWidths widths = new TextWidths();
        widths.widest(body, names.toArray(String[]::new));
        assertEquals(1000, widths.measured());

        names.set(500, "Stichting Regionale Energiecoöperatie Rivierenland");
        String[] edited = names.toArray(String[]::new);
        assertEquals(MeasuredDirectly.widest(body, edited), widths.widest(body, edited));
        assertEquals(1001, widths.measured(), "only the new name is measured");
    }

    @Test
    void anotherTypeIsMeasuredInThatType() {
        String[] texts = {"Gemeente Waalstede", "Waterschap"};
        TextWidths widths = new TextWidths();
        int small = widths.widest(body, texts);
        int big = widths.widest(large, texts);
        assertEquals(MeasuredDirectly.widest(large, texts), big);
        assertTrue(big > small, big + " > " + small);
        assertEquals(small, widths.widest(body, texts), "back in the body type");
        assertEquals(6, widths.measured(), "each type measures for itself");
    }

    @Test
    void pastWhatItKeepsItStillGivesTheRightWidths() {
        String[] many = IntStream.range(0, TextWidths.KEPT + 10).mapToObj(i -> "x".repeat(i % 40) + i)
                .toArray(String[]::new);
        TextWidths widths = new TextWidths();
        widths.widest(body, many);
        String[] first = {many[0], many[39]};
        assertEquals(MeasuredDirectly.widest(body, first), widths.widest(body, first));
    }
}
