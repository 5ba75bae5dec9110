package nl.koers.instrument.netwerkambitie.internal.screen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
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
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.api.swt.FigurePainter;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.SessionContext;
import nl.koers.instrument.netwerkambitie.internal.print.AmbitionPosterA0;
import nl.koers.instrument.netwerkambitie.internal.print.AmbitionPosterA3;
import nl.koers.instrument.netwerkambitie.internal.print.BlankCardsPrintable;
import nl.koers.instrument.netwerkambitie.internal.print.CardsPrintable;
import nl.koers.instrument.netwerkambitie.internal.print.ExchangePrintable;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Not a test: takes a picture of every step and of the first page of every printable, to look at.
 * {@code java ... ScreenshotTour DOSSIER.koers OUT_DIR [en] [projector]}
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Dossier dossier = switch (args[0]) {
            case "many" -> nl.koers.instrument.netwerkambitie.internal.Dossiers.many(12);
            case "overfull" -> nl.koers.instrument.netwerkambitie.internal.Dossiers.overfull();
            case "small" -> nl.koers.instrument.netwerkambitie.internal.Dossiers.withAmbition();
            default -> new JsonDossierStore().read(Path.of(args[0]));
        };
        Path out = Files.createDirectories(Path.of(args[1]));
        List<String> flags = List.of(args).subList(2, args.length);
        Locale locale = flags.contains("en") ? Locale.ENGLISH : Locale.of("nl");
        boolean projector = flags.contains("projector");
        String suffix = (args[0].endsWith(".koers") ? "" : "-" + args[0]) + (flags.contains("en") ? "-en" : "")
                + (projector ? "-projector" : "");

        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setText("Netwerkambitie");
        shell.setBounds(0, 0, projector ? 1920 : 1400, projector ? 1080 : 900);
        shell.setLayout(new StackLayout());
        nl.koers.document.Document document = nl.koers.document.Documents.detached(dossier);
        SessionContext context = new SessionContext(display, document, locale, projector);
        DocumentView session = context.session();
        Composite[] pages = new Composite[4];
        NetwerkambitieScreens screens = new NetwerkambitieScreens();
        for (int i = 0; i < 4; i++) {
            pages[i] = new Composite(shell, SWT.NONE);
            screens.createStep(i, pages[i], context.forScreen(pages[i]));
        }
        shell.open();
        Robot robot = new Robot(display, shell, Ui.PREFIX);
        for (int i = 0; i < 4; i++) {
            ((StackLayout) shell.getLayout()).topControl = pages[i];
            for (Composite p : pages) {
                p.setVisible(p == pages[i]);
            }
            shell.layout(true, true);
            if (i == 2 && !robot.all("finding.0").isEmpty()) {
                robot.press("finding.0");
            }
            if (i == 3 && flags.contains("compare")) {
                chooseComparison(robot);
            }
            settle(display, 600);
            snap(display, shell, out.resolve("na-step" + (i + 1) + suffix + ".png"));
        }
        if (!projector) {
            chooseComparison(robot);
            settle(display, 400);
            snap(display, shell, out.resolve("na-step4-compare" + suffix + ".png"));
            for (Printable p : List.of(new BlankCardsPrintable(), new CardsPrintable(), new AmbitionPosterA3(),
                    new AmbitionPosterA0(), new ExchangePrintable())) {
                List<Page> sheets = p.pages(dossier, locale);
                render(display, sheets.get(0), out.resolve(p.id() + suffix + ".png"));
            }
        }
        shell.dispose();
        context.close();
        document.close();
        display.dispose();
    }

    /** Chooses the ambition step's comparison tab, as a click on it does: the comparison is made then. */
    private static void chooseComparison(Robot robot) {
        org.eclipse.swt.custom.CTabFolder tabs = robot.find("ambition.tabs");
        tabs.setSelection(1);
        Event e = new Event();
        e.item = tabs.getItem(1);
        tabs.notifyListeners(SWT.Selection, e);
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
        save(image, file);
    }

    private static void render(Display display, Page page, Path file) {
        double pxPerMm = Math.min(4, 2400 / Math.max(page.size().widthMm(), page.size().heightMm()));
        int w = (int) Math.round(page.size().widthMm() * pxPerMm);
        int h = (int) Math.round(page.size().heightMm() * pxPerMm);
        Image image = new Image(display, w, h);
        GC gc = new GC(image);
        FigurePainter.paint(gc, page, 0, 0, w, h);
        gc.dispose();
        save(image, file);
    }

    private static void save(Image image, Path file) {
        ImageLoader loader = new ImageLoader();
        loader.data = new org.eclipse.swt.graphics.ImageData[] {image.getImageData()};
        loader.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
        System.out.println(file);
    }
}
