package nl.koers.shell.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;

import nl.koers.domain.Texts;

/**
 * What the window shows while no dossier is open: how to begin (new, open, the sample), which instruments are
 * installed, and the dossiers opened last.
 */
final class WelcomePage {
    /** What the page's buttons and links do; the window does it. */
    record Actions(Runnable newDossier, Runnable open, Runnable sample, Runnable catalogue, Consumer<Path> openRecent) {
    }

    private final Composite control;
    private final Texts texts;
    private final Link installed;
    private final Composite recentLinks;
    private final Consumer<Path> openRecent;

    WelcomePage(Composite parent, Texts texts, Actions actions) {
        this.texts = texts;
        this.openRecent = actions.openRecent();
        control = new Composite(parent, SWT.NONE);
        control.setLayout(new GridLayout(1, false));
        Label heading = new Label(control, SWT.NONE);
        heading.setText(texts.get("welcome.title"));
        FontData fd = heading.getFont().getFontData()[0];
        Font big = new Font(control.getDisplay(), fd.getName(), fd.getHeight() + 8, SWT.BOLD);
        heading.setFont(big);
        heading.addDisposeListener(e -> big.dispose());
        Label intro = new Label(control, SWT.WRAP);
        intro.setText(texts.get("welcome.text"));
        intro.setLayoutData(wide());
        Composite buttons = new Composite(control, SWT.NONE);
        buttons.setLayout(new RowLayout());
        button(buttons, "welcome.new", actions.newDossier());
        button(buttons, "welcome.open", actions.open());
        button(buttons, "welcome.sample", actions.sample());
        installed = new Link(control, SWT.WRAP);
        installed.setData(Ids.KEY, "welcome.instruments");
        installed.setLayoutData(wide());
        installed.addListener(SWT.Selection, e -> actions.catalogue().run());
        Label recentHeading = new Label(control, SWT.NONE);
        recentHeading.setText(texts.get("welcome.recent"));
        recentLinks = new Composite(control, SWT.NONE);
        recentLinks.setLayout(new GridLayout(1, false));
    }

    Composite control() {
        return control;
    }

    /** Names what is installed; called after the window is up, as it asks every instrument. */
    void showInstalled(List<String> names) {
        installed.setText(names.isEmpty() ? texts.get("catalogue.empty")
                : texts.format("welcome.instruments", String.join(", ", names)));
        control.layout(true, true);
    }

    void showRecent(List<Path> paths, java.util.function.Function<Path, String> label) {
        for (var c : recentLinks.getChildren()) {
            c.dispose();
        }
        if (paths.isEmpty()) {
            new Label(recentLinks, SWT.NONE).setText(texts.get("menu.file.recent.none"));
        }
        for (Path p : paths) {
            Link link = new Link(recentLinks, SWT.NONE);
            // a Link reads & and < as markup
            link.setText("<a>" + label.apply(p).replace("&", "&&").replace("<", "&lt;") + "</a>");
            link.setToolTipText(p.toString());
            link.setData(Ids.KEY, "welcome.recent.file");
            link.addListener(SWT.Selection, e -> openRecent.accept(p));
        }
        control.layout(true, true);
    }

    private static GridData wide() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 600;
        return data;
    }

    private void button(Composite parent, String key, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(texts.get(key));
        b.setData(Ids.KEY, key);
        b.addListener(SWT.Selection, e -> action.run());
    }
}
