package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.instrument.api.swt.kit.Rows;

/**
 * A sentence on a row of the board, red for a tension; with a button that acts on the item shown, when it has one.
 * The row is a place on the page, not an item: turning the page or a list that moved up by one puts other words in
 * the same widgets. Ids: {@code <id>.<place>} and the button's {@code <id>.<place>.<button>}.
 *
 * @param <T> what the sentence is about, such as a suggestion
 */
final class SentenceRow<T> implements Rows.Row<Placed<T>> {
    private final String id;
    private final Touched touched;
    private final Control row;
    private final Label sentence;
    private final Function<T, String> words;
    private final String buttonId;
    private final Control button;
    private T shown;

    /**
     * A sentence alone, in a composite of its own: GTK measures every wrapped label directly in a composite again
     * when that composite changes size, so a list of bare sentences cost more with every row a slice added.
     */
    SentenceRow(Ui ui, Composite parent, String id, Touched touched, boolean tension, Function<T, String> words) {
        this.id = id;
        this.touched = touched;
        this.words = words;
        Composite alone = Ui.column(parent, 1);
        row = alone;
        sentence = sentence(ui, alone);
        if (tension) {
            sentence.setForeground(Ui.DEMAND);
        }
        buttonId = null;
        button = null;
    }

    /** A sentence and a button {@code label} (id {@code <id>.<place>.<buttonId>}) that does {@code action}. */
    SentenceRow(Ui ui, Composite parent, String id, Touched touched, Function<T, String> words, String label,
            String buttonId, Consumer<T> action) {
        this.id = id;
        this.touched = touched;
        this.words = words;
        Composite both = Ui.column(parent, 2);
        row = both;
        sentence = sentence(ui, both);
        this.buttonId = buttonId;
        button = ui.button(both, label, id, () -> action.accept(shown));
    }

    private static Label sentence(Ui ui, Composite parent) {
        Label l = new Label(parent, SWT.WRAP);
        l.setFont(ui.font());
        l.setLayoutData(Ui.fill());
        return l;
    }

    @Override
    public Control control() {
        return row;
    }

    @Override
    public void show(Placed<T> item) {
        shown = item.item();
        Ui.id(sentence, id + "." + item.place());
        if (button != null) {
            Ui.id(button, id + "." + item.place() + "." + buttonId);
        }
        touched.say(sentence, words.apply(shown));
    }
}
