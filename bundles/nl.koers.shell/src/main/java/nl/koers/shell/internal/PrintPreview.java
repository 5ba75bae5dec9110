package nl.koers.shell.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.swt.FigurePainter;

/**
 * A printable's pages on screen before they are written: the same page description the render bundle prints,
 * drawn by SWT, one page at a time. It opens as wide as the window, so the text can be read, and zooms with
 * Ctrl+plus and Ctrl+minus, Ctrl+0 (back to the page width) and a list of sizes.
 */
final class PrintPreview {
    private static final int MARGIN = 8;
    private final Shell shell;
    private final List<Page> pages;
    private final Texts texts;
    private final ScrolledComposite view;
    private final Canvas canvas;
    private final Combo zoomChoice;
    private final Label zoomShown;
    private final Label position;
    private final Button previous;
    private final Button next;
    private final PreviewZoom zoom;
    private int index;

    PrintPreview(Shell parent, Texts texts, String title, List<Page> pages, Runnable export) {
        this.pages = List.copyOf(pages);
        this.texts = texts;
        this.zoom = new PreviewZoom(parent.getDisplay().getDPI().x);
        shell = new Shell(parent, SWT.SHELL_TRIM);
        shell.setText(texts.format("preview.title", title));
        shell.setData(Ids.KEY, "preview");
        shell.setLayout(new GridLayout(1, false));
        view = new ScrolledComposite(shell, SWT.H_SCROLL | SWT.V_SCROLL | SWT.BORDER);
        view.setData(Ids.KEY, "preview.view");
        GridData viewData = new GridData(SWT.FILL, SWT.FILL, true, true);
        viewData.widthHint = 500;
        viewData.heightHint = 600;
        view.setLayoutData(viewData);
        canvas = new Canvas(view, SWT.DOUBLE_BUFFERED);
        canvas.setData(Ids.KEY, "preview.canvas");
        view.setContent(canvas);
        view.getVerticalBar().setIncrement(24);
        view.getHorizontalBar().setIncrement(24);
        view.addListener(SWT.Resize, e -> {
            if (zoom.fitsWidth()) {
                resize();
            }
        });
        // one painter for the preview: scrolling paints a strip at a time, and each paint measured every label again
        FigurePainter painter = new FigurePainter(canvas.getDisplay());
        canvas.addDisposeListener(e -> painter.dispose());
        canvas.addPaintListener(e -> {
            var area = canvas.getClientArea();
            e.gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            e.gc.fillRectangle(area);
            painter.draw(e.gc, this.pages.get(index), MARGIN, MARGIN, area.width - 2 * MARGIN,
                    area.height - 2 * MARGIN);
        });
        Composite row = new Composite(shell, SWT.NONE);
        row.setLayout(new GridLayout(7, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        previous = Ids.button(row, texts, "preview.previous", () -> show(index - 1));
        position = new Label(row, SWT.NONE);
        position.setData(Ids.KEY, "preview.position");
        next = Ids.button(row, texts, "preview.next", () -> show(index + 1));
        new Label(row, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        zoomChoice = new Combo(row, SWT.READ_ONLY);
        zoomChoice.setData(Ids.KEY, "preview.zoom");
        zoomChoice.setToolTipText(texts.get("preview.zoom.hint"));
        zoomChoice.add(texts.get("preview.zoom.fit"));
        for (int percent : PreviewZoom.PERCENTS) {
            zoomChoice.add(percent + "%");
        }
        zoomChoice.addListener(SWT.Selection, e -> chosen(zoomChoice.getSelectionIndex()));
        zoomShown = new Label(row, SWT.NONE);
        zoomShown.setData(Ids.KEY, "preview.zoom.shown");
        Ids.button(row, texts, "preview.export", () -> {
            shell.close();
            export.run();
        });
        Listener keys = this::key;
        shell.getDisplay().addFilter(SWT.KeyDown, keys);
        shell.addListener(SWT.Dispose, e -> e.display.removeFilter(SWT.KeyDown, keys));
        shell.setSize(720, 860);
        show(0);
    }

    void open() {
        shell.open();
        resize();
    }

    Shell shell() {
        return shell;
    }

    /** The page's size on screen in pixels now, margins left out. */
    private Point pageSize() {
        Page page = pages.get(index);
        double scale = scale();
        return new Point((int) Math.round(page.size().widthMm() * scale),
                (int) Math.round(page.size().heightMm() * scale));
    }

    private double scale() {
        Page page = pages.get(index);
        return zoom.pxPerMm(page.size().widthMm(), view.getClientArea().width - 2 * MARGIN);
    }

    /** Ctrl+plus (or Ctrl+=), Ctrl+minus, Ctrl+0, while this window has the keyboard. */
    private void key(Event e) {
        if (shell.isDisposed() || !(e.widget instanceof org.eclipse.swt.widgets.Control c) || c.getShell() != shell
                || (e.stateMask & SWT.MOD1) == 0) {
            return;
        }
        switch (e.character == 0 ? (char) e.keyCode : e.character) {
            case '+', '=' -> zoomBy(1);
            case '-', '_' -> zoomBy(-1);
            case '0' -> fitWidth();
            default -> {
                if (e.keyCode == SWT.KEYPAD_ADD) {
                    zoomBy(1);
                } else if (e.keyCode == SWT.KEYPAD_SUBTRACT) {
                    zoomBy(-1);
                } else {
                    return;
                }
            }
        }
        e.doit = false;
    }

    private void zoomBy(int steps) {
        zoom.step(steps, scale());
        resize();
    }

    private void fitWidth() {
        zoom.fitWidth();
        resize();
    }

    private void chosen(int choice) {
        if (choice <= 0) {
            zoom.fitWidth();
        } else {
            zoom.percent(PreviewZoom.PERCENTS[choice - 1]);
        }
        resize();
    }

    /** The canvas as large as the page at this zoom; the scroll bars show what does not fit. */
    private void resize() {
        if (shell.isDisposed()) {
            return;
        }
        Point page = pageSize();
        canvas.setSize(page.x + 2 * MARGIN, page.y + 2 * MARGIN);
        int percent = zoom.percentOf(scale());
        zoomShown.setText(percent + "%");
        int choice = zoom.fitsWidth() ? 0 : 1 + java.util.Arrays.stream(PreviewZoom.PERCENTS).boxed().toList().indexOf(percent);
        if (choice >= 0) {
            zoomChoice.select(choice);
        } else {
            zoomChoice.deselectAll();
        }
        zoomChoice.getParent().layout();
        canvas.redraw();
    }

    private void show(int i) {
        if (i < 0 || i >= pages.size()) {
            return;
        }
        index = i;
        position.setText(texts.format("preview.position", i + 1, pages.size()));
        previous.setEnabled(i > 0);
        next.setEnabled(i < pages.size() - 1);
        position.getParent().layout();
        resize();
    }
}
