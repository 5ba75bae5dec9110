package nl.koers.instrument.brengenhalen.internal.screen;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.instrument.api.swt.kit.Rows;

/**
 * A word the partners share, in bold, and who shares it: a row of the commonalities kept by its place in the list,
 * so a list that changed puts new words in the rows that are there. Ids: {@code <id>.<place>} and
 * {@code <id>.<place>.word}.
 */
final class WordRow implements Rows.Row<WordRow.Shown> {
    /** A word, who shares it, and its place in the list. */
    record Shown(int place, String word, String who) {
    }

    private final String id;
    private final Consumer<Control> changed;
    private final Composite row;
    private final Label word;
    private final Label who;

    /** @param changed gets the labels whose text changed */
    WordRow(Ui ui, Composite parent, String id, Consumer<Control> changed) {
        this.id = id;
        this.changed = changed;
        row = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(ui.stacked() ? 1 : 2, false);
        layout.marginWidth = 0;
        layout.marginHeight = 1;
        layout.marginLeft = ui.charWidth();
        row.setLayout(layout);
        row.setLayoutData(Ui.fill());
        word = new Label(row, SWT.NONE);
        word.setFont(ui.bold());
        GridData wd = new GridData(SWT.LEFT, SWT.TOP, false, false);
        wd.widthHint = ui.stacked() ? SWT.DEFAULT : ui.charWidth() * 16;
        word.setLayoutData(wd);
        who = new Label(row, SWT.WRAP);
        who.setFont(ui.font());
        who.setLayoutData(Ui.fill());
    }

    @Override
    public Control control() {
        return row;
    }

    @Override
    public void show(Shown shown) {
        Ui.id(word, id + "." + shown.place() + ".word");
        Ui.id(who, id + "." + shown.place());
        LineRow.say(word, shown.word(), changed);
        LineRow.say(who, shown.who(), changed);
    }
}
