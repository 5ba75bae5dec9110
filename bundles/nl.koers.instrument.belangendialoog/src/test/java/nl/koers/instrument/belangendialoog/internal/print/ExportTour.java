package nl.koers.instrument.belangendialoog.internal.print;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.belangendialoog.internal.Dossiers;
import nl.koers.render.internal.PdfBoxRenderer;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Not a test: writes every printable of a dossier with the real renderer, to look at.
 * {@code java ... ExportTour DOSSIER.koers|small|many OUT_DIR [en]}
 */
public final class ExportTour {
    private ExportTour() {
    }

    public static void main(String[] args) throws Exception {
        Dossier d = switch (args[0]) {
            case "small" -> Dossiers.small();
            case "many" -> Dossiers.many(9);
            default -> new JsonDossierStore().read(Path.of(args[0]));
        };
        Locale locale = args.length > 2 && args[2].equals("en") ? Locale.ENGLISH : Locale.of("nl");
        PdfBoxRenderer renderer = new PdfBoxRenderer();
        for (Printable p : List.of(new InterestMapPrintable(), new InterestMapA3(), new InterestMapA0(),
                new LensesPrintable(), new PositionsPrintable(), new LogicPrintable())) {
            System.out.println(renderer.write(p, d, locale, Path.of(args[1])));
        }
    }
}
