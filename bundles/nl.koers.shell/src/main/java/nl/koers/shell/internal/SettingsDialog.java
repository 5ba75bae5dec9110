package nl.koers.shell.internal;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;

import nl.koers.domain.Texts;
import nl.koers.instrument.api.settings.PluginSettings;
import nl.koers.instrument.api.swt.SettingsPage;

/**
 * Extra > Instellingen: a tab per plugin with a settings page. A page that throws while it is built shows why in
 * its tab and stops its plugin; the other tabs work.
 */
final class SettingsDialog {
    private final Shell shell;

    SettingsDialog(Shell parent, Texts texts, List<SettingsPage> pages, Function<String, PluginSettings> settings,
            BiConsumer<SettingsPage, Throwable> failed, Function<SettingsPage, String> idOf) {
        shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.RESIZE | SWT.APPLICATION_MODAL);
        shell.setText(texts.get("settings.title"));
        shell.setLayout(new GridLayout(1, false));
        TabFolder tabs = new TabFolder(shell, SWT.TOP);
        tabs.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (SettingsPage page : pages) {
            TabItem tab = new TabItem(tabs, SWT.NONE);
            Composite body = new Composite(tabs, SWT.NONE);
            body.setData(Ids.KEY, "settings.page." + idOf.apply(page));
            tab.setControl(body);
            try {
                tab.setText(page.title(texts.locale()));
                page.create(body, settings.apply(idOf.apply(page)), texts.locale());
            } catch (RuntimeException | LinkageError e) {
                for (var c : body.getChildren()) {
                    c.dispose();
                }
                body.setLayout(new GridLayout(1, false));
                Label why = new Label(body, SWT.WRAP);
                why.setText(texts.format("settings.failed", String.valueOf(e)));
                if (tab.getText().isEmpty()) {
                    tab.setText(idOf.apply(page));
                }
                failed.accept(page, e);
            }
        }
        Button close = new Button(shell, SWT.PUSH);
        close.setText(texts.get("settings.close"));
        close.setData(Ids.KEY, "settings.close");
        close.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        close.addListener(SWT.Selection, e -> shell.close());
        shell.setDefaultButton(close);
    }

    void open() {
        shell.setSize(shell.computeSize(520, SWT.DEFAULT).x, Math.max(320, shell.computeSize(520, SWT.DEFAULT).y));
        shell.open();
    }

    Shell shell() {
        return shell;
    }
}
