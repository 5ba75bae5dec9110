package nl.koers.shell.internal;

import java.util.Iterator;
import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * Pages no longer wanted, disposed one per dispatch after the click that left them: GTK destroys a page of thousands
 * of widgets slowly, and a click that destroyed every page of a large step at once held the window for seconds.
 * Hidden by their stack, they wait unseen.
 */
final class PagesGone {
    private PagesGone() {
    }

    /**
     * Disposes {@code pages}, one in each dispatch to come, then runs {@code after} (such as disposing the fonts they
     * used). A page disposed meanwhile, with its window, is passed over. Call it on the display's thread.
     */
    static void onePerDispatch(List<Composite> pages, Runnable after) {
        if (pages.isEmpty()) {
            after.run();
            return;
        }
        Display display = Display.getCurrent();
        Iterator<Composite> next = pages.iterator();
        Runnable one = new Runnable() {
            @Override
            public void run() {
                Composite page = next.next();
                if (!page.isDisposed()) {
                    page.dispose();
                }
                if (next.hasNext()) {
                    display.asyncExec(this);
                } else {
                    after.run();
                }
            }
        };
        display.asyncExec(one);
    }
}
