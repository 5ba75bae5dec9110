package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import nl.koers.document.Document;
import nl.koers.document.Documents;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.SessionContext;
import nl.koers.instrument.brengenhalen.internal.Dossiers;

/**
 * The commonalities of 200 partners as Volgende first shows them: when the analysis lands, its lists come one per
 * dispatch, each made and laid out by itself. The step was made visible with every list filled and laid out whole in one go,
 * each wrapped line measured and placed (over half a second of the display's thread on a loaded machine).
 */
class CommonalitiesInPartsUiTest {
    private static final Pattern ROW = Pattern.compile(Pattern.quote(Ui.PREFIX)
            + "(common\\.essence|common\\.network|match|finding|demand)\\.\\d+.*");

    @Test
    void theListsComeOneAtATimeWhenTheAnalysisLands() {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setBounds(0, 0, 1280, 960);
        shell.setLayout(new StackLayout());
        Document document = Documents.detached(Dossiers.table(200));
        SessionContext context = new SessionContext(display, document, Locale.of("nl"), false);
        Set<String> lists = new HashSet<>();
        Set<Label> placed = new HashSet<>();
        Listener resized = e -> {
            // a row's first size: made and laid out now (a scroll bar that comes sizes every row again, once)
            if (e.widget instanceof Label l && placed.add(l) && l.getData(Ui.ID) instanceof String id) {
                Matcher m = ROW.matcher(id);
                if (m.matches()) {
                    lists.add(m.group(1));
                }
            }
        };
        try {
            Composite page = new Composite(shell, SWT.NONE);
            ((StackLayout) shell.getLayout()).topControl = page;
            shell.open();
            new BrengenhalenScreens().createStep(4, page, context.forScreen(page));
            shell.layout(true, true);
            display.addFilter(SWT.Resize, resized);
            List<Set<String>> inOneGo = new ArrayList<>();
            Set<String> all = new HashSet<>();
            long end = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < end && (display.readAndDispatch() || !context.idle())) {
                if (lists.size() > 1) {
                    inOneGo.add(Set.copyOf(lists));
                }
                all.addAll(lists);
                lists.clear();
            }
            assertTrue(all.size() >= 3, "lists shown: " + all);
            assertTrue(inOneGo.isEmpty(), "lists laid out in one go: " + inOneGo);
        } finally {
            display.removeFilter(SWT.Resize, resized);
            shell.dispose();
            context.close();
            document.close();
            new Robot(display, shell, Ui.PREFIX).spin();
        }
    }
}
