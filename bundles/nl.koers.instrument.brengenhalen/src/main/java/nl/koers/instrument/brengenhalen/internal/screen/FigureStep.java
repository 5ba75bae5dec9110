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
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.swt.FigurePainter;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.Analysis;
import nl.koers.instrument.brengenhalen.internal.print.BringGetFigure;

/**
 * Step 6, the figure with the shared core in the middle, as it will be printed (A3 landscape), scaled to the
 * screen or enlarged to read one partner at a time; and in a second tab the balance: per category who brings
 * and who gets, the gaps, each partner's bring against get, what must still be made concrete, and the matches
 * the partners agreed on. With more than {@value #PARTNERS} partners the screen shows them a page at a time around
 * the core; the figure is worked out off the UI thread and drawn when ready.
 */
final class FigureStep {
    private static final int[] ZOOMS = {0, 150, 200, 300};
    /** At most this many partners around the core on screen: more make boxes too small to read or to draw. */
    static final int PARTNERS = 24;

    private final Ui ui;
    private final Composite parent;
    private final ScrolledComposite view;
    private final Canvas canvas;
    private final Combo zoom;
    private final Composite pager;
    private final Label pageLabel;
    private final Analysis<Page> sheet;
    private volatile Page page;
    /** The page of partners shown, from 0; read by the background thread. */
    private volatile int partnersPage;
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
        pager = Ui.column(figure, 3);
        ui.button(pager, ui.say.get("screen.figure.previous"), "figure.previous", () -> showPage(partnersPage - 1));
        pageLabel = Ui.id(ui.hint(pager, ""), "figure.page");
        ui.button(pager, ui.say.get("screen.figure.next"), "figure.next", () -> showPage(partnersPage + 1));
        view = new ScrolledComposite(figure, SWT.H_SCROLL | SWT.V_SCROLL);
        view.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        canvas = Ui.id(new Canvas(view, SWT.DOUBLE_BUFFERED), "figure.canvas");
        canvas.setBackground(parent.getDisplay().getSystemColor(SWT.COLOR_WIDGET_LIGHT_SHADOW));
        view.setContent(canvas);
        view.addListener(SWT.Resize, e -> layoutCanvas());
        // one painter for the canvas: it keeps the fonts and the lines each label broke into, so a paint after an
        // edit measures only the texts that changed (every label of the figure was measured on each paint)
        FigurePainter painter = new FigurePainter(canvas.getDisplay());
        canvas.addDisposeListener(e -> painter.dispose());
        canvas.addPaintListener(e -> {
            if (page == null) {
                return;
            }
            Rectangle r = canvas.getClientArea();
            int m = 8;
            painter.draw(e.gc, page, r.x + m, r.y + m, r.width - 2 * m, r.height - 2 * m);
        });

        CTabItem balanceTab = new CTabItem(tabs, SWT.NONE);
        balanceTab.setText(ui.say.get("screen.balance.tab"));
        Composite balance = new Composite(tabs, SWT.NONE);
        balance.setLayout(new FillLayout());
        balanceTab.setControl(balance);
        new BalanceView(balance, ui);
        tabs.setSelection(0);

        // placing and fitting hundreds of boxes takes long: worked out off the UI thread
        sheet = new Analysis<>(ctx, canvas, d -> new BringGetFigure(ui.say, PageSize.A3_LANDSCAPE).page(d,
                partnersPage * PARTNERS, Math.min(d.partners().size(), (partnersPage + 1) * PARTNERS)), p -> {
                    page = p;
                    canvas.redraw();
                });
        ui.follow(parent, this::refresh);
        refresh();
    }

    /** The figure as it is printed on A3, for the dossier as it is now; null until it is first worked out. */
    Page page() {
        return page;
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Dossier d = ui.ctx.dossier();
        if (d.equals(drawn)) {
            return;
        }
        drawn = d;
        int pages = pages(d);
        partnersPage = Math.min(partnersPage, pages - 1);
        boolean paged = pages > 1;
        String text = paged ? Ui.plain(ui.say.format("screen.figure.page", partnersPage * PARTNERS + 1,
                Math.min(d.partners().size(), (partnersPage + 1) * PARTNERS), d.partners().size())) : "";
        if (pager.getVisible() != paged || !pageLabel.getText().equals(text)) {
            pageLabel.setText(text);
            pager.setVisible(paged);
            ((GridData) pager.getLayoutData()).exclude = !paged;
            pager.getParent().layout(true, true);
        }
        sheet.update(d);
    }

    private static int pages(Dossier d) {
        return Math.max(1, (d.partners().size() + PARTNERS - 1) / PARTNERS);
    }

    /** Shows another page of partners; one before the first or after the last is the first or the last. */
    private void showPage(int wanted) {
        partnersPage = Math.max(0, Math.min(pages(ui.ctx.dossier()) - 1, wanted));
        drawn = null;
        sheet.again();
        refresh();
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
