package nl.koers.instrument.partnermodel.internal.screen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Dossier;
import nl.koers.domain.SnapshotKind;
import nl.koers.document.DocumentView;
import nl.koers.instrument.api.swt.testing.SessionContext;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/** Not a test: a picture of every step at 1920x1080, to look at. {@code ScreenshotTour OUT_DIR [projector] [en]} */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        List<String> flags = List.of(args);
        boolean projector = flags.contains("projector");
        Locale locale = flags.contains("en") ? Locale.ENGLISH : Locale.of("nl");
        Dossier d = Dossiers.withNotes(24);
        List<CanvasNote> before = d.canvasNotes().subList(0, 20).stream()
                .map(n -> n.id().equals("n3") ? n.inBlock("costs") : n.id().equals("n4") ? n.withText("Oude tekst") : n)
                .toList();
        d = d.withCanvasSnapshots(List.of(CanvasSnapshot.of("Eerste ontwerp", SnapshotKind.FIRST_DESIGN,
                LocalDate.of(2026, 3, 3), before, "standaard")));
        Display display = Display.getDefault();
        Shell shell = new Shell(display, SWT.NO_TRIM);
        shell.setBounds(0, 0, 1920, 1080);
        shell.setLayout(new StackLayout());
        nl.koers.document.Document document = nl.koers.document.Documents.detached(d);
        SessionContext context = new SessionContext(display, document, locale, projector);
        PartnermodelScreens screens = new PartnermodelScreens(TemplateCatalogue.standardOnly());
        Composite[] pages = new Composite[PartnermodelScreens.STEPS];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = new Composite(shell, SWT.NONE);
            screens.createStep(i, pages[i], context.forScreen(pages[i]));
        }
        shell.open();
        for (int i : new int[] {0, 2, 5}) {
            ((StackLayout) shell.getLayout()).topControl = pages[i];
            for (Composite p : pages) {
                p.setVisible(p == pages[i]);
            }
            shell.layout(true, true);
            long end = System.currentTimeMillis() + 700;
            while (System.currentTimeMillis() < end) {
                if (!display.readAndDispatch()) {
                    Thread.sleep(10);
                }
            }
            Image image = new Image(display, 1920, 1080);
            GC gc = new GC(display);
            gc.copyArea(image, 0, 0);
            gc.dispose();
            ImageLoader saver = new ImageLoader();
            saver.data = new ImageData[] {image.getImageData()};
            Path file = out.resolve("step" + (i + 1) + (projector ? "-projector" : "") + ".png");
            saver.save(file.toString(), SWT.IMAGE_PNG);
            image.dispose();
            System.out.println(file);
        }
        shell.dispose();
        context.close();
        document.close();
        display.dispose();
    }
}
