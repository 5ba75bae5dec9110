package nl.koers.shell.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

/** What a window shows, as the screen has it, in $KOERS_SHOTS (or /tmp/koers-shots) for a person to look at. */
final class Screenshots {
    private Screenshots() {
    }

    static void save(Shell shell, String name) throws IOException {
        String env = System.getenv("KOERS_SHOTS");
        Path folder = Files.createDirectories(Path.of(env == null ? "/tmp/koers-shots" : env));
        ImageLoader saver = new ImageLoader();
        saver.data = new ImageData[] {of(shell)};
        saver.save(folder.resolve(name).toString(), SWT.IMAGE_PNG);
    }

    /** The pixels of the screen where {@code shell} stands. */
    static ImageData of(Shell shell) {
        shell.getDisplay().update();
        Rectangle r = shell.getBounds();
        Image image = new Image(shell.getDisplay(), r.width, r.height);
        GC gc = new GC(shell.getDisplay());
        gc.copyArea(image, r.x, r.y);
        gc.dispose();
        ImageData data = image.getImageData();
        image.dispose();
        return data;
    }
}
