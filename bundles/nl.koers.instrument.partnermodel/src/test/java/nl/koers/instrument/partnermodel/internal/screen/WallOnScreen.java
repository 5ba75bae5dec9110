package nl.koers.instrument.partnermodel.internal.screen;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;

import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * Not a test: the canvas step of a real session (fifteen notes in one block, a long ambition) on the whole
 * screen for a while, to take a screenshot of. {@code WallOnScreen WIDTH HEIGHT SECONDS [projector] [en] [fit]}
 */
public final class WallOnScreen {
    private WallOnScreen() {
    }

    public static void main(String[] args) throws Exception {
        List<String> flags = List.of(args);
        Locale locale = flags.contains("en") ? Locale.ENGLISH : Locale.of("nl");
        try (StepWindow window = StepWindow.open(new PartnermodelScreens(TemplateCatalogue.standardOnly()),
                PartnermodelScreens.STEPS, Ui.PREFIX, CanvasWallUiTest.session("activities"), locale,
                flags.contains("projector"), new Point(Integer.parseInt(args[0]), Integer.parseInt(args[1])))) {
            window.show(2);
            if (flags.contains("fit")) {
                window.shell().getDisplay().timerExec(500, () -> CanvasWallUiTest.figureOf(window).zoom().fit());
            }
            Display display = window.shell().getDisplay();
            long end = System.currentTimeMillis() + 1000L * Integer.parseInt(args[2]);
            while (System.currentTimeMillis() < end) {
                if (!display.readAndDispatch()) {
                    Thread.sleep(10);
                }
            }
        }
    }
}
