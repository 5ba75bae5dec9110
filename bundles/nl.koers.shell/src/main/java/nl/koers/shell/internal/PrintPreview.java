package nl.koers.shell.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.swt.FigurePainter;

/**
 * A printable's pages on screen before they are written: the same page description the render bundle prints,
 * drawn by SWT, one page at a time.
 */
final class PrintPreview {
    private final Shell shell;
    private final List<Page> pages;
    private final Texts texts;
    private final Canvas canvas;
    private final Label position;
    private final Button previous;
    private final Button next;
    private int index;

    PrintPreview(Shell parent, Texts texts, String title, List<Page> pages, Runnable export) {
        this.pages = List.copyOf(pages);
        this.texts = texts;
        shell = new Shell(parent, SWT.SHELL_TRIM);
        shell.setText(texts.format("preview.title", title));
        shell.setData(Ids.KEY, "preview");
        shell.setLayout(new GridLayout(1, false));
        canvas = new Canvas(shell, SWT.DOUBLE_BUFFERED | SWT.BORDER);
        canvas.setData(Ids.KEY, "preview.canvas");
        GridData canvasData = new GridData(SWT.FILL, SWT.FILL, true, true);
        canvasData.widthHint = 500;
        canvasData.heightHint = 600;
        canvas.setLayoutData(canvasData);
        canvas.addPaintListener(e -> {
            var area = canvas.getClientArea();
            e.gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
            e.gc.fillRectangle(area);
            FigurePainter.paint(e.gc, this.pages.get(index), area.x + 8, area.y + 8, area.width - 16, area.height - 16);
        });
        Composite row = new Composite(shell, SWT.NONE);
        row.setLayout(new GridLayout(5, false));
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        previous = button(row, "preview.previous", () -> show(index - 1));
        position = new Label(row, SWT.NONE);
        position.setData(Ids.KEY, "preview.position");
        next = button(row, "preview.next", () -> show(index + 1));
        new Label(row, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button(row, "preview.export", () -> {
            shell.close();
            export.run();
        });
        shell.setSize(720, 860);
        show(0);
    }

    void open() {
        shell.open();
    }

    Shell shell() {
        return shell;
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
        canvas.redraw();
    }

    private Button button(Composite parent, String key, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(texts.get(key));
        b.setData(Ids.KEY, key);
        b.addListener(SWT.Selection, e -> action.run());
        return b;
    }
}
