package nl.koers.instrument.api.swt.kit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Text;

/**
 * Keeps a paragraph field ({@link Ui#paragraphField}) as high as the lines its text wraps to, from the lines it was
 * made with up to {@value #MOST_LINES}; beyond that it scrolls. In projector mode's large type a field of two lines
 * hid the rest of a core value or an interest below its edge, where nobody in the room saw it.
 */
final class ParagraphHeight {
    /** More lines than this and the field scrolls instead: a long text must not push the step's rest away. */
    static final int MOST_LINES = 6;
    private static final String PENDING = "koers.kit.paragraphHeight";

    private final Text field;
    private final int fewestLines;

    private ParagraphHeight(Text field, int fewestLines) {
        this.field = field;
        this.fewestLines = fewestLines;
    }

    /** Makes {@code field} (laid out by a {@link GridData}) follow its text's lines, never fewer than {@code lines}. */
    static void follow(Text field, int lines) {
        ParagraphHeight height = new ParagraphHeight(field, lines);
        field.addListener(SWT.Resize, e -> height.fitSoon());
        field.addListener(SWT.Modify, e -> height.fitSoon());
    }

    /** Once after the layout or the typing that asked for it: measuring inside a layout would start another. */
    private void fitSoon() {
        if (field.getData(PENDING) == null) {
            field.setData(PENDING, Boolean.TRUE);
            field.getDisplay().asyncExec(this::fit);
        }
    }

    private void fit() {
        if (field.isDisposed()) {
            return;
        }
        field.setData(PENDING, null);
        int width = field.getClientArea().width;
        if (width <= 0) {
            return; // not laid out yet: its first size asks again
        }
        int line = field.getLineHeight();
        int high = field.computeSize(width, SWT.DEFAULT, true).y - field.computeTrim(0, 0, 0, 0).height;
        int lines = Math.max(fewestLines, Math.min((high + line - 1) / line, MOST_LINES));
        GridData data = (GridData) field.getLayoutData();
        if (data.heightHint != lines * line) {
            data.heightHint = lines * line;
            Scroll.around(field).ifPresentOrElse(scroll -> scroll.reflow(field), field::requestLayout);
        }
    }
}
