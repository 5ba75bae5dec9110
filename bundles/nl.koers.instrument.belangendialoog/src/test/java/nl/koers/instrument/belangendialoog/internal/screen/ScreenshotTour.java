package nl.koers.instrument.belangendialoog.internal.screen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

import nl.koers.domain.Dossier;
import nl.koers.domain.InterestLink;
import nl.koers.domain.analysis.InterestSuggestions;
import nl.koers.domain.analysis.SharedWording;
import nl.koers.domain.edit.DossierSession;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.testing.SessionContext;
import nl.koers.instrument.belangendialoog.internal.DialogueData;
import nl.koers.instrument.belangendialoog.internal.Dossiers;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Not a test: opens the seven screens in a window on a dossier and takes a picture of the screen at each step
 * with ImageMagick's {@code import -window root}, to look at.
 * {@code java ... ScreenshotTour DOSSIER.koers|small|many OUT_DIR [en] [projector] [demo]}; "demo" first links
 * the first suggestion and answers part of the logic of the table, so the board and the summary have something
 * to show.
 */
public final class ScreenshotTour {
    private ScreenshotTour() {
    }

    public static void main(String[] args) throws Exception {
        Dossier dossier = switch (args[0]) {
            case "small" -> Dossiers.small();
            case "many" -> Dossiers.many(8);
            default -> new JsonDossierStore().read(Path.of(args[0]));
        };
        Path out = Files.createDirectories(Path.of(args[1]));
        List<String> flags = List.of(args).subList(2, args.length);
        Locale locale = flags.contains("en") ? Locale.ENGLISH : Locale.of("nl");
        boolean projector = flags.contains("projector");
        String suffix = (args[0].endsWith(".koers") ? "" : "-" + args[0]) + (flags.contains("en") ? "-en" : "")
                + (projector ? "-projector" : "");

        Display display = Display.getDefault();
        Shell shell = new Shell(display, SWT.NO_TRIM);
        shell.setBounds(0, 0, projector ? 1400 : 1400, 900);
        shell.setLayout(new StackLayout());
        DossierSession session = new DossierSession(dossier);
        if (flags.contains("demo")) {
            demo(session);
        }
        nl.koers.document.Document document = nl.koers.document.Documents.detached(session.dossier());
        SessionContext context = new SessionContext(display, document, locale, projector);
        BelangendialoogScreens screens = new BelangendialoogScreens();
        Composite[] pages = new Composite[BelangendialoogScreens.STEPS];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = new Composite(shell, SWT.NONE);
            screens.createStep(i, pages[i], context.forScreen(pages[i]));
        }
        shell.open();
        display.setCursorLocation(1399, 899); // no tooltip in the picture
        for (int i = 0; i < pages.length; i++) {
            ((StackLayout) shell.getLayout()).topControl = pages[i];
            for (Composite p : pages) {
                p.setVisible(p == pages[i]);
            }
            shell.layout(true, true);
            settle(display, 700);
            Path file = out.resolve("bd-" + (i + 1) + suffix + ".png");
            new ProcessBuilder("import", "-window", "root", file.toString()).inheritIO().start().waitFor();
            System.out.println(file);
        }
        shell.dispose();
        context.close();
        document.close();
        display.dispose();
    }

    /** Links the first suggestion and discusses the logic of the table with the first partners. */
    private static void demo(DossierSession session) {
        List<SharedWording> suggested = InterestSuggestions.sharedWording(session.dossier());
        if (!suggested.isEmpty()) {
            SharedWording s = suggested.get(0);
            session.apply(Edits.linkInterests(InterestLink.of("", s.first().interestId(), s.second().interestId())));
        }
        var partners = session.dossier().partners();
        for (int p = 0; p < Math.min(2, partners.size()); p++) {
            for (int row = 1; row <= 7; row++) {
                session.apply(DialogueData.answer(partners.get(p).id(), row, (row + p) % 3 == 0
                        ? DialogueData.Logic.HIERARCHY : DialogueData.Logic.NETWORK));
            }
        }
        session.apply(DialogueData.tick(DialogueData.Block.LISTEN, true));
    }

    private static void settle(Display display, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
    }
}
