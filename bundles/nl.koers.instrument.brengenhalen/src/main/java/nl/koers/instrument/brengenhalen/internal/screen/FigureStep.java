package nl.koers.instrument.brengenhalen.internal.screen;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.swt.FigurePainter;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.brengenhalen.internal.print.BringGetFigure;

/**
 * Step 6, the figure with the shared core in the middle, as it will be printed (A3 landscape), scaled to the
 * screen or enlarged to read one partner at a time; and in a second tab the balance: per category who brings
 * and who gets, the gaps, each partner's bring against get, what must still be made concrete, and the matches
 * the partners agreed on.
 */
final class FigureStep {
    private static final int[] ZOOMS = {0, 150, 200, 300};

    private final Ui ui;
    private final Composite parent;
    private final ScrolledComposite view;
    private final Canvas canvas;
    private final Combo zoom;
    private Page page;
    private Dossier drawn;

    FigureStep(Composite parent, WorkContext ctx) {
        this.parent = parent;
        this.ui = new Ui(ctx, parent);
        parent.setLayout(new FillLayout());
        CTabFolder tabs = Ui.id(new CTabFolder(parent, SWT.BORDER | SWT.FLAT), "figure.tabs");
        tabs.setFont(ui.font());

        CTabItem figureTab = new CTabItem(tabs, SWT.NONE);
        figureTab.setText(ui.say.get("screen.figure.tab"));
        Composite figure = new Composite(tabs, SWT.NONE);
        figure.setLayout(new GridLayout(1, false));
        figureTab.setControl(figure);
        Composite bar = Ui.column(figure, 3);
        ui.label(bar, ui.say.get("screen.figure.zoom"));
        String[] zooms = new String[ZOOMS.length];
        for (int i = 0; i < ZOOMS.length; i++) {
            zooms[i] = ZOOMS[i] == 0 ? ui.say.get("screen.figure.fit") : ZOOMS[i] + "%";
        }
        zoom = ui.choice(bar, "figure.zoom", zooms, i -> layoutCanvas());
        zoom.select(0);
        ui.hint(bar, ui.say.get("screen.figure.hint"));
        view = new ScrolledComposite(figure, SWT.H_SCROLL | SWT.V_SCROLL);
        view.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = Ui.id(new Canvas(view, SWT.DOUBLE_BUFFERED), "figure.canvas");
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
        view.setContent(canvas);
        view.addListener(SWT.Resize, e -> layoutCanvas());
        canvas.addPaintListener(e -> {
            if (page == null) {
                return;
            }
            Rectangle r = canvas.getClientArea();
            int m = 8;
            FigurePainter.paint(e.gc, page, r.x + m, r.y + m, r.width - 2 * m, r.height - 2 * m);
        });

        CTabItem balanceTab = new CTabItem(tabs, SWT.NONE);
        balanceTab.setText(ui.say.get("screen.balance.tab"));
        Composite balance = new Composite(tabs, SWT.NONE);
        balance.setLayout(new FillLayout());
        balanceTab.setControl(balance);
        new BalanceView(balance, ui);
        tabs.setSelection(0);

        ui.follow(parent, this::refresh);
        refresh();
    }

    /** The figure as it is printed on A3, for the dossier as it is now. */
    Page page() {
        return page;
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        if (!d.equals(drawn)) {
            drawn = d;
            page = new BringGetFigure(ui.say, PageSize.A3_LANDSCAPE).page(d);
            canvas.redraw();
        }
    }

    /** Fits the sheet to the view, or makes it larger than the view and lets it scroll. */
    private void layoutCanvas() {
        Rectangle area = view.getClientArea();
        int z = ZOOMS[Math.max(0, zoom.getSelectionIndex())];
        double ratio = PageSize.A3_LANDSCAPE.widthMm() / PageSize.A3_LANDSCAPE.heightMm();
        int w;
        int h;
        if (z == 0) {
            w = area.width;
            h = area.height;
        } else {
            w = (int) Math.round(area.width * z / 100.0);
            h = (int) Math.round(w / ratio);
        }
        canvas.setSize(Math.max(1, w), Math.max(1, h));
        canvas.redraw();
    }
}
