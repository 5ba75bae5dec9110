package nl.koers.shell.internal;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.Texts;

/** The plugin dialog's questions as native dialogs. */
final class NativePluginQuestions implements PluginsDialog.Questions {
    private final Shell shell;
    private final Texts texts;

    NativePluginQuestions(Shell shell, Texts texts) {
        this.shell = shell;
        this.texts = texts;
    }

    @Override
    public Optional<Path> pluginFile() {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.jar;*.koersplugin", "*.*" });
        dialog.setFilterNames(new String[] { texts.get("plugins.dialog.filter"), "*" });
        return Optional.ofNullable(dialog.open()).map(Path::of);
    }

    @Override
    public boolean trust(String title, String message) {
        MessageBox box = new MessageBox(shell, SWT.ICON_WARNING | SWT.YES | SWT.NO);
        box.setText(title);
        box.setMessage(message);
        return box.open() == SWT.YES;
    }

    @Override
    public void tell(int icon, String title, String message) {
        MessageBox box = new MessageBox(shell, icon | SWT.OK);
        box.setText(title);
        box.setMessage(message);
        box.open();
    }
}
