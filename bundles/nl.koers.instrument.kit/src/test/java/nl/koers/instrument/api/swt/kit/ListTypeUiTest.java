package nl.koers.instrument.api.swt.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.List;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The projector's partner list in a real window: the type {@link ListType} chooses for many names, measured from the
 * few widest, is the type that measuring every name at every size chooses.
 */
class ListTypeUiTest {
    private static final String[] WORDS = {"Gemeente", "Stichting", "Ondernemersvereniging", "Waal", "&", "Linge",
        "Jeugdzorg", "De", "Overstap", "Woonstichting", "Rivierzicht", "ROC", "Hogeschool", "Welzijn", "Regio", "iii",
        "WWW", "mm", "Zorggroep"};

    private final Display display = Display.getDefault();
    private final Shell shell = new Shell(display);
    private Font large;

    @AfterEach
    void close() {
        shell.dispose();
        large.dispose();
    }

    @Test
    void theTypeChosenFromTheWidestFewIsTheTypeEveryNameWouldChoose() {
        FontData data = display.getSystemFont().getFontData()[0];
        int floor = data.getHeight();
        data.setHeight(floor * 2);
        large = new Font(display, data);
        List list = new List(shell, SWT.SINGLE);
        list.setFont(large);
        ListType type = new ListType(list, large, () -> {
        });
        // a type is chosen in a list drawn: GTK keeps the rows of a type changed before
        list.setSize(300, 200);
        shell.open();
        long end = System.currentTimeMillis() + 200;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.update();
            }
        }
        String[] names = names(600, new Random(15));
        int widestLarge = widest(names, floor * 2);

        for (int room = widestLarge + 10; room > widest(names, floor) / 2; room -= 37) {
            String[] shown = type.fit(names, room);
            int expected = floor * 2;
            while (expected > floor && widest(names, expected) > room) {
                expected--;
            }
            assertEquals(expected, list.getFont().getFontData()[0].getHeight(), "room " + room);
            if (expected > floor || widest(names, floor) <= room) {
                assertArrayEquals(names, shown, "every name whole at room " + room);
            } else {
                assertTrue(widest(shown, floor) <= room, "shortened names fit room " + room);
            }
        }
    }

    private static String[] names(int n, Random random) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            StringBuilder name = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
            for (int w = random.nextInt(4); w > 0; w--) {
                name.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            out[i] = name.toString();
        }
        return out;
    }

    private int widest(String[] items, int height) {
        FontData data = large.getFontData()[0];
        data.setHeight(height);
        Font font = new Font(display, data);
        try {
            return MeasuredDirectly.widest(font, items);
        } finally {
            font.dispose();
        }
    }
}
