package nl.koers.shell.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;

/** The print preview in a real window: it opens at a size one can read, and zooms. */
class PrintPreviewUiTest {
    private final Display display = Display.getDefault();
    private final Shell window = new Shell(display);
    private final Texts texts = Texts.load("nl.koers.shell.internal.Messages", Locale.of("nl"),
            PrintPreviewUiTest.class.getClassLoader());

    @AfterEach
    void close() {
        window.dispose();
    }

    @Test
    void itOpensWithThePageAsWideAsTheWindowAndZoomsWithTheKeys() throws Exception {
        Page a4 = new Page(PageSize.A4_PORTRAIT,
                List.of(nl.koers.instrument.api.figure.Label.of(20, 20, 170, 20, "Kaart voor de zaal", 14)));
        PrintPreview preview = new PrintPreview(window, texts, "Kaart", List.of(a4), () -> {
        });
        preview.open();
        Robot robot = new Robot(display, preview.shell());
        robot.idle(400);
        Control view = (Control) preview.shell().getChildren()[0];
        int viewWidth = view.getSize().x;
        int page = whiteWidth(preview.shell());
        assertTrue(page >= viewWidth - 50, "the page fills the width of the preview: " + page + " of " + viewWidth);

        robot.press(SWT.CTRL, '=');
        int larger = whiteWidth(preview.shell());
        Label shown = robot.find("preview.zoom.shown");
        assertTrue(larger >= viewWidth - 30, "zoomed in, the page is wider than the view: " + larger);
        int zoomedIn = percent(shown);
        robot.press(SWT.CTRL, '-');
        robot.press(SWT.CTRL, '-');
        assertTrue(percent(shown) < zoomedIn, shown.getText());
        assertTrue(whiteWidth(preview.shell()) < page - 20, "zoomed out, the page is narrower than the view");
        robot.press(SWT.CTRL, '0');
        assertEquals(page, whiteWidth(preview.shell()), 2, "Ctrl+0: the page width again");

        Screenshots.save(preview.shell(), "print-preview-opens-at-page-width.png");
        robot.choose("preview.zoom", 3); // 100%: the real size on this screen
        assertEquals("100%", shown.getText());
    }

    private static int percent(Label shown) {
        return Integer.parseInt(shown.getText().replace("%", ""));
    }

    /** The widest run of white across the middle of the window: the page as the screen shows it. */
    private static int whiteWidth(Shell shell) {
        ImageData data = Screenshots.of(shell);
        int best = 0;
        int run = 0;
        for (int x = 0; x < data.width; x++) {
            var rgb = data.palette.getRGB(data.getPixel(x, data.height / 2));
            run = rgb.red > 250 && rgb.green > 250 && rgb.blue > 250 ? run + 1 : 0;
            best = Math.max(best, run);
        }
        return best;
    }
}
