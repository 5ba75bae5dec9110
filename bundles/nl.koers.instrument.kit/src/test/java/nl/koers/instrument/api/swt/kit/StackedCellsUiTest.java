package nl.koers.instrument.api.swt.kit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Stacked rows in a real window take no more columns than fit: every cell stays inside its row. */
class StackedCellsUiTest {
    private final Display display = Display.getDefault();
    private final Shell shell = new Shell(display);

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void choicesWithAWidthHintCountTheirBorderAndButtonSoTheRowDoesNotRunPastItsEdge() {
        shell.setLayout(new GridLayout(1, false));
        Composite content = new Composite(shell, SWT.NONE);
        content.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        content.setLayout(new GridLayout(1, false));
        // an interest row as the projector shows it: its text above, a filler, two choices and a button below
        Composite row = new Composite(content, SWT.NONE);
        GridLayout rowLayout = new GridLayout(4, false);
        rowLayout.marginWidth = 0;
        row.setLayout(rowLayout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Text text = new Text(row, SWT.BORDER);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.horizontalSpan = 4;
        text.setLayoutData(textData);
        Ui.filler(row);
        Combo level = choice(row, "individu", "organisatie", "netwerk");
        Combo firmness = choice(row, "wens", "eis");
        Button remove = new Button(row, SWT.PUSH);
        remove.setText("Verwijderen");

        // wide enough for the choices' width hints side by side, too narrow for the choices as the grid makes them
        int hints = ((GridData) level.getLayoutData()).widthHint + ((GridData) firmness.getLayoutData()).widthHint;
        int drawn = level.computeSize(((GridData) level.getLayoutData()).widthHint, SWT.DEFAULT).x
                + firmness.computeSize(((GridData) firmness.getLayoutData()).widthHint, SWT.DEFAULT).x;
        assertTrue(drawn - hints > 4, "a choice is wider than its hint: " + drawn + " for " + hints);
        int cells = 2 * rowLayout.horizontalSpacing + remove.computeSize(SWT.DEFAULT, SWT.DEFAULT).x;
        int rowWidth = (hints + drawn) / 2 + cells;

        StackedCells stacking = new StackedCells(true, () -> 0);
        stacking.follow(content, () -> content.layout(true, true));
        stacking.addStacked(row, text);
        GridLayout contentLayout = (GridLayout) content.getLayout();
        int inset = contentLayout.marginWidth;
        int trim = shell.computeTrim(0, 0, 0, 0).width + 2 * ((GridLayout) shell.getLayout()).marginWidth;
        shell.setSize(rowWidth + 2 * inset + trim, 300);
        shell.open();
        spin();

        for (Control cell : row.getChildren()) {
            int right = cell.getBounds().x + cell.getBounds().width;
            assertTrue(right <= row.getClientArea().width,
                    cell + " ends at " + right + ", its row at " + row.getClientArea().width);
        }
    }

    private static Combo choice(Composite row, String... items) {
        Combo c = new Combo(row, SWT.READ_ONLY);
        c.setItems(items);
        c.select(0);
        GridData d = new GridData(SWT.FILL, SWT.CENTER, false, false);
        d.widthHint = 120;
        c.setLayoutData(d);
        return c;
    }

    private void spin() {
        long end = System.currentTimeMillis() + 300;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                display.update();
            }
        }
    }
}
