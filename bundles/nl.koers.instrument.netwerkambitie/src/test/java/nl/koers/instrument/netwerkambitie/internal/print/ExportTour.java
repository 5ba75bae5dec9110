package nl.koers.instrument.netwerkambitie.internal.print;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.print.Printable;
import nl.koers.render.internal.PdfBoxRenderer;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Not a test: exports every printable of a dossier with the real renderer and says how long each took.
 * {@code java ... ExportTour DOSSIER.koers OUT_DIR [en]}
 */
public final class ExportTour {
    private ExportTour() {
    }

    public static void main(String[] args) throws Exception {
        Dossier d = new JsonDossierStore().read(Path.of(args[0]));
        Locale locale = args.length > 2 && args[2].equals("en") ? Locale.ENGLISH : Locale.of("nl");
        long start = System.nanoTime();
        PdfBoxRenderer renderer = new PdfBoxRenderer();
        System.out.printf("renderer ready: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        for (int round = 1; round <= 2; round++) {
            for (Printable p : List.of(new CardsPrintable(), new BlankCardsPrintable(), new AmbitionPosterA3(),
                    new AmbitionPosterA0(), new ExchangePrintable())) {
                long t = System.nanoTime();
                Path file = renderer.write(p, d, locale, Path.of(args[1]));
                System.out.printf("round %d %-28s %5d ms  %s%n", round, p.id(), (System.nanoTime() - t) / 1_000_000,
                        file.getFileName());
            }
        }
    }
}
