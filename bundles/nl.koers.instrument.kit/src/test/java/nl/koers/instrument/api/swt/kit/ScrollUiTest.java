package nl.koers.instrument.api.swt.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A scrolling area in a real window says what is below the fold, and in red when a demand is down there. */
class ScrollUiTest {
    private final Display display = Display.getDefault();
    private Shell shell;
    private Locale before;

    @BeforeEach
    void open() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.of("nl"));
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(400, 300);
    }

    @AfterEach
    void close() {
        shell.dispose();
        Locale.setDefault(before);
    }

    @Test
    void aRedItemBelowTheFoldIsAnnouncedAndTheSignGoesWhenItIsInView() {
        Scroll scroll = new Scroll(shell, true);
        for (int i = 0; i < 30; i++) {
            Label row = new Label(scroll.content, SWT.NONE);
            row.setText("Belang " + i);
            if (i == 27) {
                row.setForeground(new Color(170, 30, 30)); // a demand, as the editors show it
            }
        }
        shell.open();
        scroll.reflow();
        spin();
        assertTrue(scroll.scrolled.getVerticalBar().isVisible(), "content below the fold has a scroll bar");

        Label sign = sign(scroll);
        assertTrue(sign.isVisible(), "a sign says there is more");
        int below = Integer.parseInt(sign.getText().replaceAll("\\D*(\\d+).*", "$1"));
        assertTrue(below > 5 && below < 30, sign.getText());
        assertTrue(sign.getText().endsWith("waarvan 1 in het rood (eis)"), sign.getText());
        assertEquals(170, sign.getBackground().getRed(), "the sign itself is red");
        var area = scroll.scrolled.getClientArea();
        assertTrue(sign.getBounds().y + sign.getBounds().height <= area.height
                && sign.getBounds().y > area.height / 2, "on the lower edge of the view: " + sign.getBounds());

        // scrolled to the end: nothing is hidden, the sign goes
        scroll.scrolled.setOrigin(0, scroll.content.getSize().y);
        scroll.scrolled.getVerticalBar().notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        spin();
        assertFalse(sign.isVisible(), sign.getText());

        // back to the top, without red below the fold the sign only counts
        scroll.scrolled.setOrigin(0, 0);
        for (Control row : scroll.content.getChildren()) {
            row.setForeground(null);
        }
        scroll.reflow();
        spin();
        assertTrue(sign.isVisible());
        assertEquals("\u25bc " + below + " meer hieronder", sign.getText());
    }

    @Test
    void blocksInOneCompositeAreCountedOneByOneNotAsOneRow() {
        // as belangendialoog's level steps: two hints, then every partner's block in one column
        Scroll scroll = new Scroll(shell, true);
        new Label(scroll.content, SWT.WRAP).setText("Wat zijn de belangen van ieder?");
        new Label(scroll.content, SWT.WRAP).setText("Een eis is rood");
        org.eclipse.swt.widgets.Composite blocks = new org.eclipse.swt.widgets.Composite(scroll.content, SWT.NONE);
        blocks.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
        blocks.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
        java.util.List<org.eclipse.swt.widgets.Composite> partners = new java.util.ArrayList<>();
        for (int p = 0; p < 8; p++) {
            org.eclipse.swt.widgets.Composite block = new org.eclipse.swt.widgets.Composite(blocks, SWT.NONE);
            block.setLayout(new org.eclipse.swt.layout.GridLayout(1, false));
            block.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
            new Label(block, SWT.NONE).setText("Partner " + p);
            for (int i = 0; i < 3; i++) {
                org.eclipse.swt.widgets.Composite row = new org.eclipse.swt.widgets.Composite(block, SWT.NONE);
                row.setLayout(new org.eclipse.swt.layout.GridLayout(2, false));
                new Label(row, SWT.NONE).setText("Belang " + i);
                Label demand = new Label(row, SWT.NONE);
                demand.setText(p == 6 && i == 1 ? "eis" : "wens");
                if (p == 6 && i == 1) {
                    demand.setForeground(new Color(170, 30, 30));
                }
            }
            partners.add(block);
        }
        shell.open();
        scroll.reflow();
        spin();

        int fold = scroll.scrolled.getClientArea().height;
        // a block whose rows all begin below the fold is one; its margin may reach above it
        long whole = partners.stream().filter(b -> top(b.getChildren()[0]) >= fold).count();
        org.eclipse.swt.widgets.Composite cut = partners.stream()
                .filter(b -> top(b.getChildren()[0]) < fold && top(b) + b.getSize().y > fold).findFirst()
                .orElseThrow();
        long cutRows = java.util.Arrays.stream(cut.getChildren()).filter(c -> top(c) + c.getSize().y > fold).count();
        assertTrue(whole >= 3 && cutRows >= 1, "several blocks below the fold, one cut: " + whole + ", " + cutRows);
        // every block wholly below is one, and the block the fold cuts through counts the rows it hides
        assertEquals("\u25bc " + (whole + cutRows) + " meer hieronder, waarvan 1 in het rood (eis)",
                sign(scroll).getText());
    }

    /** {@return where {@code c} begins, down the scrolling content} */
    private static int top(Control c) {
        Control content = c;
        while (!(content.getParent() instanceof org.eclipse.swt.custom.ScrolledComposite)) {
            content = content.getParent();
        }
        return c.getDisplay().map(c.getParent(), content, c.getBounds()).y;
    }

    @Test
    void theSignSpeaksTheWindowsLanguageNotTheSystems() {
        Locale.setDefault(Locale.ENGLISH); // a Dutch window on a laptop set to English
        shell.setData(Ui.LOCALE, Locale.of("nl")); // as the kit's Ui marks a step's root
        Scroll scroll = new Scroll(shell, true);
        for (int i = 0; i < 30; i++) {
            new Label(scroll.content, SWT.NONE).setText("Belang " + i);
        }
        shell.open();
        scroll.reflow();
        spin();
        assertTrue(sign(scroll).getText().endsWith(" meer hieronder"), sign(scroll).getText());
    }

    @Test
    void inLargeTypeANarrowColumnsSignTakesOneLineInTheWindowsOwnType() {
        // a projector's column at 1024x768: large type, about 540 px wide and 390 high
        shell.setSize(540, 390);
        org.eclipse.swt.graphics.FontData large = display.getSystemFont().getFontData()[0];
        large.setHeight(large.getHeight() * 2);
        org.eclipse.swt.graphics.Font font = new org.eclipse.swt.graphics.Font(display, large);
        try {
            Scroll scroll = new Scroll(shell, true);
            for (int i = 0; i < 30; i++) {
                Label row = new Label(scroll.content, SWT.NONE);
                row.setFont(font);
                row.setText("Belang " + i);
                if (i == 27) {
                    row.setForeground(new Color(170, 30, 30));
                }
            }
            shell.open();
            scroll.reflow();
            spin();
            Label sign = sign(scroll);
            assertTrue(sign.isVisible());
            assertEquals(display.getSystemFont(), sign.getFont(), "the window's own type");
            int oneLine = sign.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + 4;
            assertEquals(oneLine, sign.getBounds().height, sign.getText());
            assertTrue(sign.getBounds().height * 6 < scroll.scrolled.getClientArea().height,
                    "a sign of " + sign.getBounds().height + " px covers little of what it speaks of");
        } finally {
            shell.dispose();
            font.dispose();
        }
    }

    @Test
    void aScrollBarThatComesWithTheRowsTakesItsWidthFromTheContentNotFromTheButtonsOnTheRight() {
        Scroll scroll = new Scroll(shell, true);
        java.util.List<org.eclipse.swt.widgets.Button> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            org.eclipse.swt.widgets.Composite row = new org.eclipse.swt.widgets.Composite(scroll.content, SWT.NONE);
            row.setLayout(new org.eclipse.swt.layout.GridLayout(2, false));
            row.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
            Label text = new Label(row, SWT.WRAP);
            text.setText("Belang " + i + " dat de partner inbrengt");
            text.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
            org.eclipse.swt.widgets.Button remove = new org.eclipse.swt.widgets.Button(row, SWT.PUSH);
            remove.setText("Wegleggen");
            buttons.add(remove);
        }
        shell.open();
        spin();
        scroll.reflow();
        spin();

        assertTrue(scroll.scrolled.getVerticalBar().isVisible(), "the rows need a scroll bar");
        int visible = scroll.scrolled.getClientArea().width;
        for (org.eclipse.swt.widgets.Button b : buttons) {
            int right = display.map(b.getParent(), scroll.scrolled, b.getBounds()).x + b.getSize().x;
            assertTrue(right <= visible, "the button ends at " + right + ", the view at " + visible);
        }
        assertEquals(visible, scroll.content.getSize().x, "the content is as wide as the view beside the bar");
    }

    @Test
    void theSecondLookOnceShownLaysOutNoRowThatKeptItsHeight() {
        shell.open();
        spin();
        Scroll scroll = new Scroll(shell, true);
        int[] passes = {0};
        for (int i = 0; i < 300; i++) {
            org.eclipse.swt.widgets.Composite row = new org.eclipse.swt.widgets.Composite(scroll.content, SWT.NONE);
            row.setLayout(new CountedColumn(passes));
            row.setLayoutData(new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.TOP, true, false));
            Label text = new Label(row, SWT.WRAP);
            text.setText("Belang " + i + " dat de partner inbrengt, in een zin die over meer dan een regel loopt");
        }
        shell.layout(); // the first size lays the rows out, and asks for the second look
        assertTrue(passes[0] > 0, "the first layout");
        passes[0] = 0;
        untilIdle();

        // before, the look once shown measured and laid out all 300 rows again (900 passes): at 1000 partners a freeze
        assertEquals(0, passes[0], "rows measured or laid out again");
    }

    /** A column of children, each as high as it needs at the column's width, that counts its passes. */
    private static final class CountedColumn extends org.eclipse.swt.widgets.Layout {
        private final int[] passes;

        CountedColumn(int[] passes) {
            this.passes = passes;
        }

        @Override
        protected org.eclipse.swt.graphics.Point computeSize(org.eclipse.swt.widgets.Composite composite, int wHint,
                int hHint, boolean flushCache) {
            passes[0]++;
            int width = 0;
            int height = 0;
            for (Control c : composite.getChildren()) {
                org.eclipse.swt.graphics.Point size = c.computeSize(wHint, SWT.DEFAULT, flushCache);
                width = Math.max(width, size.x);
                height += size.y;
            }
            return new org.eclipse.swt.graphics.Point(width, height);
        }

        @Override
        protected void layout(org.eclipse.swt.widgets.Composite composite, boolean flushCache) {
            passes[0]++;
            int width = composite.getClientArea().width;
            int y = 0;
            for (Control c : composite.getChildren()) {
                int height = c.computeSize(width, SWT.DEFAULT, flushCache).y;
                c.setBounds(0, y, width, height);
                y += height;
            }
        }
    }

    private static Label sign(Scroll scroll) {
        for (Control c : scroll.scrolled.getChildren()) {
            if ("scroll.below".equals(c.getData(Ui.ID))) {
                return (Label) c;
            }
        }
        assertNotNull(null, "no sign on the scrolling area");
        return null;
    }

    /** Dispatches until nothing is left, the asynchronous work included (it runs only when no event waits). */
    private void untilIdle() {
        long end = System.currentTimeMillis() + 10_000;
        while (display.readAndDispatch() && System.currentTimeMillis() < end) {
            // on until idle
        }
        spin();
    }

    private void spin() {
        long end = System.currentTimeMillis() + 200;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.update();
            }
        }
    }
}
