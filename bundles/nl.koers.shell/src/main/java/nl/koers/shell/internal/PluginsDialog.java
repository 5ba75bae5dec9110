package nl.koers.shell.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Texts;
import nl.koers.plugins.Generation;
import nl.koers.plugins.Inspection;
import nl.koers.plugins.Plugin;
import nl.koers.plugins.PluginException;
import nl.koers.plugins.PluginProblem;
import nl.koers.plugins.Plugins;
import nl.koers.plugins.Signature;

/**
 * Extra &gt; Plugins: what the consultant installed (name, vendor, version, state, signer) and every change to
 * it: install from a file or a firm's catalogue, update, disable, enable, remove, return to the previous set.
 * Every change is checked by the plugin manager first and runs in the background; a plugin that is not signed
 * by a trusted firm is installed only after the consultant says so.
 */
final class PluginsDialog {
    /** What the dialog asks of the person: native dialogs in the window, answered by the test in UI tests. */
    interface Questions {
        Optional<Path> pluginFile();

        boolean trust(String title, String message);

        void tell(int icon, String title, String message);
    }

    private final Plugins plugins;
    private final Texts texts;
    private final Questions questions;
    private final PluginWords words;
    private final Background background;
    private final Shell shell;
    private final Table installed;
    private final Text details;
    private final FirmCatalogue catalogue;
    private final org.eclipse.swt.widgets.List changes;
    private final Label status;
    private final List<Control> actions = new java.util.ArrayList<>();
    private final Button toggle;
    private final AutoCloseable listening;
    private List<Plugin> shown = List.of();
    private int busy;

    PluginsDialog(Shell parent, Plugins plugins, Texts texts, Questions questions, CatalogueLocation catalogueLocation) {
        this.plugins = plugins;
        this.texts = texts;
        this.questions = questions;
        this.words = new PluginWords(texts);
        this.background = new Background(parent.getDisplay());
        shell = new Shell(parent, SWT.SHELL_TRIM);
        shell.setText(texts.get("plugins.title"));
        shell.setData(Ids.KEY, "plugins");
        shell.setLayout(new GridLayout(1, false));

        PluginWidgets.heading(shell, texts.get("plugins.installed"));
        installed = PluginWidgets.table(shell, texts, "plugins.table", "plugins.column.name", "plugins.column.vendor", "plugins.column.version",
                "plugins.column.state", "plugins.column.signer");
        installed.addListener(SWT.Selection, e -> showDetails());
        Composite row = PluginWidgets.row(shell, 6);
        button(row, "plugins.install", this::installFromFile);
        button(row, "plugins.update", this::updateFromFile);
        toggle = button(row, "plugins.disable", this::toggleSelected);
        button(row, "plugins.remove", this::removeSelected);
        button(row, "plugins.rollback", this::rollback);
        details = new Text(shell, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
        details.setData(Ids.KEY, "plugins.details");
        GridData detailsData = new GridData(SWT.FILL, SWT.FILL, true, false);
        detailsData.heightHint = 90;
        details.setLayoutData(detailsData);

        catalogue = new FirmCatalogue(this, plugins, catalogueLocation);

        PluginWidgets.heading(shell, texts.get("plugins.changes"));
        changes = new org.eclipse.swt.widgets.List(shell, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
        changes.setData(Ids.KEY, "plugins.changes");
        GridData changesData = new GridData(SWT.FILL, SWT.FILL, true, false);
        changesData.heightHint = 70;
        changes.setLayoutData(changesData);

        Composite bottom = PluginWidgets.row(shell, 2);
        status = new Label(bottom, SWT.NONE);
        status.setData(Ids.KEY, "plugins.status");
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button close = new Button(bottom, SWT.PUSH);
        close.setText(texts.get("plugins.close"));
        close.addListener(SWT.Selection, e -> shell.close());

        // the manager tells of changes on any thread (a plugin that fails while starting, a change by a command)
        listening = plugins.onChange(() -> {
            if (!shell.isDisposed()) {
                shell.getDisplay().asyncExec(this::refresh);
            }
        });
        shell.addListener(SWT.Dispose, e -> {
            try {
                listening.close();
            } catch (Exception ignored) {
                // the manager may be gone already; nothing to stop then
            }
            background.close();
        });
        shell.setSize(860, 720);
        catalogue.showRemembered();
        refresh();
    }

    void open() {
        shell.open();
    }

    Shell shell() {
        return shell;
    }

    /** Installs a plugin file: checked, then (after trust when needed) installed. Also what a drop on the window does. */
    void installFile(Path file) {
        inspectThen(file, inspection -> change(texts.format("plugins.status.installing", inspection.name()),
                trust -> plugins.install(file, trust), inspection));
    }

    // ---- the list of installed plugins

    /** Reads the manager's state again, in the background: the lists are short, the manager may be busy. */
    void refresh() {
        inBackground(() -> new State(plugins.installed(), plugins.generations()), (state, error) -> {
            if (error != null) {
                status.setText(String.valueOf(error.getMessage()));
                return;
            }
            String selected = selected().map(Plugin::symbolicName).orElse(null);
            shown = state.plugins();
            installed.removeAll();
            for (Plugin p : shown) {
                TableItem item = new TableItem(installed, SWT.NONE);
                item.setText(new String[] { p.name(), p.vendor(), p.version(), words.state(p), words.signer(p.signature()) });
                if (p.state() == Plugin.State.FAILED) {
                    item.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                }
                if (p.symbolicName().equals(selected)) {
                    installed.setSelection(item);
                }
            }
            if (installed.getSelectionIndex() < 0 && !shown.isEmpty()) {
                installed.setSelection(0);
            }
            changes.removeAll();
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(texts.locale())
                    .withZone(ZoneId.systemDefault());
            for (Generation g : state.generations()) {
                changes.add(texts.format("plugins.generation", g.number(), when.format(g.at()), g.change()));
            }
            showDetails();
        });
    }

    private record State(List<Plugin> plugins, List<Generation> generations) {
    }

    List<Plugin> shown() {
        return shown;
    }

    private Optional<Plugin> selected() {
        int i = installed.getSelectionIndex();
        return i >= 0 && i < shown.size() ? Optional.of(shown.get(i)) : Optional.empty();
    }

    private void showDetails() {
        Optional<Plugin> p = selected();
        toggle.setText(texts.get(p.isPresent() && p.get().state() == Plugin.State.DISABLED ? "plugins.enable"
                : "plugins.disable"));
        toggle.getParent().layout();
        if (p.isEmpty()) {
            details.setText(texts.get(shown.isEmpty() ? "plugins.none" : ""));
            return;
        }
        details.setText(words.details(p.get()));
    }

    // ---- changes

    private void installFromFile() {
        questions.pluginFile().ifPresent(this::installFile);
    }

    private void updateFromFile() {
        Optional<Plugin> plugin = selected();
        if (plugin.isEmpty()) {
            return;
        }
        String name = plugin.get().symbolicName();
        questions.pluginFile().ifPresent(file -> inspectThen(file, inspection -> change(
                texts.format("plugins.status.updating", inspection.name()), trust -> plugins.update(name, file, trust),
                inspection)));
    }

    private void toggleSelected() {
        selected().ifPresent(p -> {
            boolean enable = p.state() == Plugin.State.DISABLED;
            run(texts.format(enable ? "plugins.status.enabling" : "plugins.status.disabling", p.name()), () -> {
                if (enable) {
                    plugins.enable(p.symbolicName());
                } else {
                    plugins.disable(p.symbolicName());
                }
                return null;
            });
        });
    }

    private void removeSelected() {
        selected().ifPresent(p -> {
            if (questions.trust(texts.get("plugins.remove.title"), texts.format("plugins.remove.text", p.name()))) {
                run(texts.format("plugins.status.removing", p.name()), () -> {
                    plugins.remove(p.symbolicName());
                    return null;
                });
            }
        });
    }

    private void rollback() {
        run(texts.get("plugins.status.rollingBack"), plugins::rollback);
    }

    /** Inspects {@code file} in the background; refusals are told, anything installable goes to {@code next}. */
    private void inspectThen(Path file, Consumer<Inspection> next) {
        working(texts.format("plugins.status.inspecting", file.getFileName()));
        inBackground(() -> plugins.inspect(file), (inspection, error) -> {
            done();
            if (error != null) {
                failed(error);
            } else if (!inspection.installable()) {
                questions.tell(SWT.ICON_ERROR, texts.get("plugins.refused.title"), texts.format("plugins.refused.text",
                        file.getFileName(), messages(inspection.refusals())));
                status.setText(texts.get("plugins.status.refused"));
            } else {
                next.accept(inspection);
            }
        });
    }

    /** Makes a change that was inspected: asks for trust first when the plugin is not signed by a trusted firm. */
    private void change(String doing, TrustedChange change, Inspection inspection) {
        boolean trust = false;
        if (inspection.signature().kind() != Signature.Kind.TRUSTED) {
            String question = inspection.signature().kind() == Signature.Kind.UNSIGNED
                    ? texts.format("plugins.trust.unsigned", inspection.name(), inspection.vendor())
                    : texts.format("plugins.trust.unknown", inspection.name(), inspection.signature().signer(),
                            inspection.signature().fingerprint());
            if (!questions.trust(texts.get("plugins.trust.title"), question)) {
                status.setText(texts.get("plugins.status.notTrusted"));
                return;
            }
            trust = true;
        }
        boolean trustNow = trust;
        run(doing, () -> change.make(trustNow));
    }

    @FunctionalInterface
    private interface TrustedChange {
        Plugin make(boolean trustNow) throws PluginException;
    }

    /** Runs a change in the background with the buttons off, then shows the new state or what went wrong. */
    void run(String doing, Callable<?> work) {
        working(doing);
        inBackground(work, (result, error) -> {
            done();
            if (error != null) {
                failed(error);
                return;
            }
            status.setText(result instanceof Plugin p ? texts.format("plugins.status.installed", p.name(), p.version())
                    : result instanceof Generation g ? texts.format("plugins.status.rolledBack", g.number())
                    : texts.get("plugins.status.done"));
            refresh();
        });
    }

    /** Background work for this dialog: not started once it is closed, and its answer dropped then. */
    <T> void inBackground(Callable<T> work, java.util.function.BiConsumer<T, Exception> done) {
        if (shell.isDisposed()) {
            return;
        }
        background.run(work, (result, error) -> {
            if (!shell.isDisposed()) {
                done.accept(result, error);
            }
        });
    }

    void failed(Exception error) {
        String message = error instanceof PluginException p ? p.message(texts.locale()) : String.valueOf(error);
        status.setText(texts.get("plugins.status.failed"));
        questions.tell(SWT.ICON_ERROR, texts.get("plugins.failed.title"), message);
        refresh();
    }

    static boolean onlyTrustMissing(PluginException e) {
        return e.problems().stream().allMatch(p -> p.kind() == PluginProblem.Kind.UNSIGNED
                || p.kind() == PluginProblem.Kind.UNKNOWN_SIGNER);
    }

    String trustQuestion(PluginException e) {
        return texts.format("plugins.trust.catalogue", e.message(texts.locale()));
    }

    private String messages(List<PluginProblem> problems) {
        Locale locale = texts.locale();
        return String.join("\n", problems.stream().map(p -> "\u2022 " + p.message(locale)).toList());
    }

    void working(String doing) {
        busy++;
        status.setText(doing);
        actions.forEach(c -> c.setEnabled(false));
    }

    void done() {
        busy = Math.max(0, busy - 1);
        if (busy == 0 && !shell.isDisposed()) {
            actions.forEach(c -> c.setEnabled(true));
        }
    }

    Texts texts() {
        return texts;
    }

    Questions questions() {
        return questions;
    }

    void status(String text) {
        status.setText(text);
    }

    boolean busy() {
        return busy > 0;
    }

    // ---- widgets

    Button button(Composite parent, String key, Runnable action) {
        Button b = new Button(parent, SWT.PUSH);
        b.setText(texts.get(key));
        b.setData(Ids.KEY, key);
        b.addListener(SWT.Selection, e -> action.run());
        actions.add(b);
        return b;
    }

    /** Whether a dropped or chosen file looks like a plugin rather than a dossier. */
    static boolean isPluginFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return (name.endsWith(".jar") || name.endsWith(".koersplugin")) && !Files.isDirectory(file);
    }
}
