package nl.koers.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.Step;

/** The catalogue: the installed instruments on the left, what the chosen one is and how it goes on the right. */
final class CataloguePage {
    private final Texts texts;
    private final InstrumentCatalogue catalogue;
    private final Composite control;
    private final Table list;
    private final StyledText details;
    private final Font headingFont;
    private final Font titleFont;
    private final Button startButton;
    private final Label startHint;
    private final BooleanSupplier dossierOpen;
    private List<InstrumentCatalogue.Entry> entries = List.of();

    CataloguePage(Composite parent, Texts texts, InstrumentCatalogue catalogue, Consumer<String> start,
            BooleanSupplier dossierOpen) {
        this.texts = texts;
        this.catalogue = catalogue;
        this.dossierOpen = dossierOpen;
        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        control = sash;
        list = new Table(sash, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        list.setData(Ids.KEY, "catalogue.list");
        Composite right = new Composite(sash, SWT.NONE);
        right.setLayout(new GridLayout(2, false));
        details = new StyledText(right, SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        details.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        startButton = new Button(right, SWT.PUSH);
        startButton.setText(texts.get("catalogue.start"));
        startButton.setData(Ids.KEY, "catalogue.start");
        startButton.addListener(SWT.Selection, e -> {
            String id = selectedId();
            if (id != null) {
                start.accept(id);
            }
        });
        startHint = new Label(right, SWT.WRAP);
        startHint.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        details.setData(Ids.KEY, "catalogue.details");
        details.setMargins(16, 12, 16, 12);
        details.setLineSpacing(2);
        sash.setWeights(25, 75);
        FontData base = details.getFont().getFontData()[0];
        headingFont = new Font(parent.getDisplay(), base.getName(), base.getHeight() + 1, SWT.BOLD);
        titleFont = new Font(parent.getDisplay(), base.getName(), base.getHeight() + 6, SWT.BOLD);
        sash.addDisposeListener(e -> {
            headingFont.dispose();
            titleFont.dispose();
        });
        list.addListener(SWT.Selection, e -> show(list.getSelectionIndex()));
        list.addListener(SWT.DefaultSelection, e -> startButton.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event()));
        parent.setLayout(new FillLayout());
        refresh();
    }

    Composite control() {
        return control;
    }

    /** Reads the catalogue again; keeps the chosen instrument chosen when it is still there. */
    void refresh() {
        if (list.isDisposed()) {
            return;
        }
        String chosen = selectedId();
        entries = catalogue.entries(texts.locale());
        list.removeAll();
        int select = entries.isEmpty() ? -1 : 0;
        for (int i = 0; i < entries.size(); i++) {
            var entry = entries.get(i);
            TableItem item = new TableItem(list, SWT.NONE);
            item.setText(entry.failed() ? texts.format("catalogue.failed", entry.name()) : entry.name());
            if (entry.id().equals(chosen)) {
                select = i;
            }
        }
        if (select >= 0) {
            list.setSelection(select);
        }
        show(select);
    }

    List<String> names() {
        return entries.stream().map(InstrumentCatalogue.Entry::name).toList();
    }

    private String selectedId() {
        int i = list.getSelectionIndex();
        return i >= 0 && i < entries.size() ? entries.get(i).id() : null;
    }

    /** The start button is there when the chosen instrument has screens and a dossier is open. */
    void updateStart() {
        String id = selectedId();
        int i = list.getSelectionIndex();
        boolean failed = i >= 0 && i < entries.size() && entries.get(i).failed();
        boolean screens = id != null && !failed && catalogue.screens(id).isPresent();
        startButton.setEnabled(screens && dossierOpen.getAsBoolean());
        startHint.setText(id == null ? "" : failed ? texts.get("catalogue.stoppedHint") : !screens ? texts.get("catalogue.noScreens")
                : dossierOpen.getAsBoolean() ? "" : texts.get("catalogue.startNeedsDossier"));
        startHint.getParent().layout();
    }

    private void show(int index) {
        updateStart();
        if (index < 0 || index >= entries.size()) {
            details.setText(texts.get("catalogue.empty"));
            details.setStyleRanges(new StyleRange[0]);
            return;
        }
        var entry = entries.get(index);
        var doc = new Doc();
        if (entry.pluginFailed()) {
            doc.title(entry.name());
            doc.paragraph(texts.format("catalogue.pluginFailedDetail", entry.error()));
        } else if (entry.descriptor() == null) {
            doc.title(entry.name());
            doc.paragraph(texts.format("catalogue.failedDetail", entry.error()));
        } else {
            if (entry.failed()) {
                doc.paragraph(texts.format("catalogue.stoppedDetail", entry.error()));
            }
            describe(entry.descriptor(), doc);
        }
        details.setText(doc.text.toString());
        details.setStyleRanges(doc.styles.toArray(StyleRange[]::new));
        details.setTopPixel(0);
    }

    private void describe(InstrumentDescriptor d, Doc doc) {
        doc.title(d.name());
        doc.section(texts.get("catalogue.purpose"), d.purpose());
        doc.section(texts.get("catalogue.outcome"), d.outcome());
        doc.section(texts.get("catalogue.when"), d.when());
        doc.section(texts.get("catalogue.withWhom"), d.withWhom());
        doc.section(texts.get("catalogue.duration"), d.duration());
        if (!d.materials().isEmpty()) {
            doc.heading(texts.get("catalogue.materials"));
            d.materials().forEach(m -> doc.line("\u2022 " + m));
        }
        if (!d.steps().isEmpty()) {
            doc.heading(texts.get("catalogue.steps"));
            for (int i = 0; i < d.steps().size(); i++) {
                Step s = d.steps().get(i);
                doc.bold((i + 1) + ". " + s.title());
                if (!s.question().isEmpty()) {
                    doc.line("    " + texts.format("catalogue.question", s.question()));
                }
                if (!s.tip().isEmpty()) {
                    doc.line("    " + texts.format("catalogue.tip", s.tip()));
                }
            }
        }
        if (!d.tips().isEmpty()) {
            doc.heading(texts.get("catalogue.tips"));
            d.tips().forEach(t -> doc.line("\u2022 " + t));
        }
        doc.section(texts.get("catalogue.source"), d.source());
    }

    /** Builds the text and its styles together, so headings can never drift from their ranges. */
    private final class Doc {
        final StringBuilder text = new StringBuilder();
        final List<StyleRange> styles = new ArrayList<>();

        void title(String s) {
            styled(s, titleFont);
            text.append("\n");
        }

        void heading(String s) {
            text.append("\n");
            styled(s, headingFont);
        }

        void section(String heading, String body) {
            if (body == null || body.isBlank()) {
                return;
            }
            heading(heading);
            line(body);
        }

        void paragraph(String s) {
            line(s);
        }

        void bold(String s) {
            int start = text.length();
            text.append(s).append("\n");
            StyleRange r = new StyleRange(start, s.length(), null, null, SWT.BOLD);
            styles.add(r);
        }

        void line(String s) {
            text.append(s).append("\n");
        }

        private void styled(String s, Font font) {
            int start = text.length();
            text.append(s).append("\n");
            StyleRange r = new StyleRange();
            r.start = start;
            r.length = s.length();
            r.font = font;
            styles.add(r);
        }
    }
}
