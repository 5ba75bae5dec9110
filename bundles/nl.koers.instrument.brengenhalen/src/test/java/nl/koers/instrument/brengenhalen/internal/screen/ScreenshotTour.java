package nl.koers.instrument.brengenhalen.internal.screen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.Dossier;
import nl.koers.document.DocumentView;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.SessionContext;
import nl.koers.instrument.brengenhalen.internal.Dossiers;

/**
 * Not a test: opens the six screens on a dossier and takes a picture of each (and of the balance tab), to look
 * at. {@code java ... ScreenshotTour sample|2|12 OUT_DIR [en] [projector]}
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Dossier dossier = args[0].equals("sample") ? Dossiers.sample() : Dossiers.table(Integer.parseInt(args[0]));
        Path out = Files.createDirectories(Path.of(args[1]));
        List<String> flags = List.of(args).subList(2, args.length);
        Locale locale = flags.contains("en") ? Locale.ENGLISH : Locale.of("nl");
        boolean projector = flags.contains("projector");
        String suffix = "-" + args[0] + (flags.contains("en") ? "-en" : "") + (projector ? "-projector" : "");

        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setText("Brengen-halen gesprek");
        shell.setBounds(0, 0, projector ? 1920 : 1400, projector ? 1080 : 900);
        shell.setLayout(new StackLayout());
        nl.koers.document.Document document = nl.koers.document.Documents.detached(dossier);
        SessionContext context = new SessionContext(display, document, locale, projector);
        DocumentView session = context.session();
        AtomicLong now = new AtomicLong(0);
        BrengenhalenScreens screens = new BrengenhalenScreens(now::get, null);
        Composite[] pages = new Composite[BrengenhalenScreens.STEPS];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = new Composite(shell, SWT.NONE);
            screens.createStep(i, pages[i], context.forScreen(pages[i]));
        }
        shell.open();
        Robot robot = new Robot(display, shell, Ui.PREFIX);
        for (int i = 0; i < pages.length; i++) {
            show(shell, pages, i);
            if (i == 1 || i == 2) {
                robot.choose("partner", 2);
            }
            if (i == 3) {
                // a meeting under way: the first partner had its say, the second has the floor
                robot.click("clock.start");
                now.addAndGet(19 * 60_000 + 20_000);
                robot.click("clock.next");
                now.addAndGet(7 * 60_000 + 12_000);
                robot.type("notes", "Wil vooral leerwerkplekken in techniek en logistiek; vraagt wie de praktijkopleiders "
                        + "betaalt. Terugkomen op de bbl-plekken van de woonstichting.");
            }
            if (i == 4) {
                Control box = robot.find("match.0.agreed");
                ((org.eclipse.swt.widgets.Button) box).setSelection(true);
                box.notifyListeners(SWT.Selection, new Event());
            }
            settle(display, 700);
            snap(display, shell, out.resolve("bh-step" + (i + 1) + suffix + ".png"));
        }
        CTabFolder tabs = robot.find("figure.tabs");
        tabs.setSelection(1);
        Event e = new Event();
        e.item = tabs.getItem(1);
        tabs.notifyListeners(SWT.Selection, e);
        settle(display, 700);
        snap(display, shell, out.resolve("bh-step6-balance" + suffix + ".png"));
        show(shell, pages, 4);
        org.eclipse.swt.custom.ScrolledComposite common = robot.find("commonalities");
        Control differ = robot.find("differ.title");
        common.setOrigin(0, display.map(differ, common.getContent(), 0, 0).y - 20);
        settle(display, 500);
        snap(display, shell, out.resolve("bh-step5-differences" + suffix + ".png"));
        shell.dispose();
        context.close();
        document.close();
        display.dispose();
    }

    private static void show(Shell shell, Composite[] pages, int step) {
        ((StackLayout) shell.getLayout()).topControl = pages[step];
        for (Composite p : pages) {
            p.setVisible(p == pages[step]);
        }
        shell.layout(true, true);
    }

    private static void settle(Display display, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
    }

    private static void snap(Display display, Control c, Path file) {
        Rectangle b = c.getBounds();
        Image image = new Image(display, b.width, b.height);
        GC gc = new GC(display);
        Point at = c.getDisplay().map(c, null, 0, 0);
        gc.copyArea(image, at.x, at.y);
        gc.dispose();
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
        System.out.println(file);
    }
}
