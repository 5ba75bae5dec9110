package nl.koers.shell.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Texts;
import nl.koers.domain.analysis.DossierSearch;
import nl.koers.domain.analysis.Found;

/**
 * Bewerken &gt; Zoeken (Ctrl+F): finds text anywhere in the open dossier and, on Enter or a double click, opens the
 * instrument and step that show it. It searches as the user types, off the UI thread, and again after each edit;
 * the list is virtual, so a search that finds thousands of places costs only the rows in view.
 */
final class SearchDialog {
    /** How long typing may pause before the search runs: one search per word, not per key. */
    private static final int PAUSE_MS = 120;
    private static final int SNIPPET = 60;

    private final Workbench window;
    private final Texts texts;
    private final Shell shell;
    private final Text query;
    private final Table table;
    private final Label count;
    private Dossier dossier = Dossier.titled("");
    private List<Found> found = List.of();
    /** Counts the searches started, so a slow one that ends after a newer one is dropped. */
    private int searches;

    SearchDialog(Workbench window) {
        this.window = window;
        this.texts = window.texts();
        shell = new Shell(window.shell(), SWT.DIALOG_TRIM | SWT.RESIZE | SWT.MODELESS);
        shell.setText(texts.get("search.title"));
        shell.setData(Ids.KEY, "search");
        shell.setLayout(new GridLayout(1, false));
        query = new Text(shell, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        query.setData(Ids.KEY, "search.query");
        query.setMessage(texts.get("search.hint"));
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        count = new Label(shell, SWT.NONE);
        count.setData(Ids.KEY, "search.count");
        count.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        table = new Table(shell, SWT.VIRTUAL | SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        table.setData(Ids.KEY, "search.results");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        new TableColumn(table, SWT.NONE).setText(texts.get("search.column.where"));
        new TableColumn(table, SWT.NONE).setText(texts.get("search.column.text"));
        table.getColumn(0).setWidth(230);
        table.getColumn(1).setWidth(520);
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
        table.addListener(SWT.DefaultSelection, e -> jump(table.getSelectionIndex()));

        query.addListener(SWT.Modify, e -> {
            int search = ++searches;
            window.display().timerExec(PAUSE_MS, () -> {
                if (search == searches) {
                    search();
                }
            });
        });
        // Enter goes to the chosen place, or the first; arrow down walks the list
        query.addListener(SWT.DefaultSelection, e -> jump(Math.max(0, table.getSelectionIndex())));
        query.addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.ARROW_DOWN && !found.isEmpty()) {
                table.setFocus();
                table.setSelection(Math.max(0, table.getSelectionIndex()));
                e.doit = false;
            }
        });
        shell.addListener(SWT.Traverse, e -> {
            if (e.detail == SWT.TRAVERSE_ESCAPE) {
                close();
                e.doit = false;
            }
        });
        shell.setSize(800, 480);
    }

    void open() {
        if (!shell.isVisible()) {
            Shell parent = window.shell();
            shell.setLocation(parent.getLocation().x + Math.max(0, parent.getSize().x - shell.getSize().x - 40),
                    parent.getLocation().y + 80);
        }
        shell.open();
        shell.setActive();
        query.setFocus();
        query.selectAll();
    }

    boolean isOpen() {
        return !shell.isDisposed();
    }

    void close() {
        if (!shell.isDisposed()) {
            shell.dispose();
        }
    }

    /** The dossier changed (an edit, an undo): the same search is run on what it holds now. */
    void show(Dossier d) {
        if (shell.isDisposed() || d == dossier) {
            return;
        }
        dossier = d;
        search();
    }

    private void search() {
        int search = ++searches;
        Dossier in = dossier;
        String words = query.getText();
        window.background().run(() -> DossierSearch.in(in, words), (result, error) -> {
            if (shell.isDisposed() || search != searches) {
                return; // a newer search is on its way
            }
            if (error != null) {
                window.failures().log("search in the dossier failed", error);
            }
            found = result == null ? List.of() : result;
            table.clearAll();
            table.setItemCount(found.size());
            count.setText(words.isBlank() ? "" : found.isEmpty() ? texts.get("search.none")
                    : texts.format("search.count", found.size()));
            if (!found.isEmpty()) {
                table.setSelection(0);
            }
        });
    }

    private void fill(TableItem item, int index) {
        if (index < 0 || index >= found.size()) {
            return;
        }
        Found f = found.get(index);
        String partner = dossier.partner(f.partnerId()).map(Partner::name).orElse("");
        String kind = texts.get("search.kind." + f.kind().name());
        item.setText(new String[] {partner.isEmpty() ? kind : texts.format("search.where", kind, partner),
            snippet(f)});
    }

    private void jump(int index) {
        if (index >= 0 && index < found.size()) {
            window.foundPlaces().show(found.get(index));
        }
    }

    /** The words found with some text on both sides, whole words, on one line. */
    static String snippet(Found f) {
        String text = f.text();
        int from = Math.max(0, f.start() - SNIPPET);
        int to = Math.min(text.length(), f.start() + f.length() + SNIPPET);
        while (from > 0 && from < f.start() && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        while (to < text.length() && to > f.start() + f.length() && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        String s = text.substring(from, to).replaceAll("\\s+", " ").strip();
        return (from > 0 ? "… " : "") + s + (to < text.length() ? " …" : "");
    }
}
