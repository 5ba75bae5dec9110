package nl.koers.instrument.api.swt.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the kit's fields take what is typed, in a real window. */
class FieldCommitsUiTest {
    private final Display display = Display.getDefault();
    private Shell shell;

    @BeforeEach
    void open() {
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(400, 200);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void aParagraphTakesLineBreaksAsSpacesAndEnterAsLeavingTheField() {
        Text t = new Text(shell, SWT.BORDER | SWT.MULTI | SWT.WRAP);
        FieldCommits.oneParagraph(t);
        int[] left = {0};
        t.addListener(SWT.FocusOut, e -> left[0]++);
        shell.open();

        t.insert("een\r\ntwee\ndrie");
        assertEquals("een twee drie", t.getText(), "a pasted paragraph stays one");
        t.insert("\n");
        assertEquals("een twee drie", t.getText(), "Enter types no line break");

        t.notifyListeners(SWT.KeyDown, key(SWT.CR, SWT.NONE));
        assertEquals(1, left[0], "Enter commits, as leaving the field does");
        t.notifyListeners(SWT.KeyDown, key(SWT.CR, SWT.SHIFT));
        assertEquals(1, left[0], "with a modifier it is not the plain Enter that commits");
    }

    @Test
    void aFieldKnowsWhatWasTypedSinceTheDossierWasShownInIt() {
        Text t = new Text(shell, SWT.BORDER | SWT.SINGLE);
        shell.open();
        FieldCommits.show(t, "Gemeente Waalstede");
        assertEquals("Gemeente Waalstede", t.getText());
        assertEquals("Gemeente Waalstede", t.getToolTipText(), "a long one-line value whole on hovering");
        assertFalse(FieldCommits.typed(t));
        t.setText("Gemeente Waalstede-Oost");
        assertTrue(FieldCommits.typed(t));
        FieldCommits.refused(t, "te lang");
        assertEquals(FieldCommits.WRONG, t.getBackground());
        FieldCommits.show(t, "Gemeente Waalstede-Oost");
        assertFalse(FieldCommits.typed(t), "what came back from the dossier is what was typed");
        assertFalse(FieldCommits.WRONG.equals(t.getBackground()), "the refusal went with the text it was about");
        assertEquals("Gemeente Waalstede-Oost", t.getToolTipText());
    }

    private static Event key(char character, int stateMask) {
        Event e = new Event();
        e.character = character;
        e.stateMask = stateMask;
        return e;
    }
}
