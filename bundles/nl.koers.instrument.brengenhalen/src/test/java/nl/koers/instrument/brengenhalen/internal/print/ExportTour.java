package nl.koers.instrument.brengenhalen.internal.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.brengenhalen.internal.Dossiers;
import nl.koers.render.internal.PdfBoxRenderer;

/**
 * Not a test: writes the figure's printables with the real renderer, for the sample and for tables of 2 and 12
 * partners, to look at. {@code java ... ExportTour OUT_DIR [en]}
 */
public final class ExportTour {
    private ExportTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        Locale locale = args.length > 1 && args[1].equals("en") ? Locale.ENGLISH : Locale.of("nl");
        PdfBoxRenderer renderer = new PdfBoxRenderer();
        List<Dossier> dossiers = List.of(Dossiers.sample(), Dossiers.table(2), Dossiers.table(5),
                Dossiers.table(12), Dossiers.overfull(12), Dossiers.overfull(2));
        List<String> names = List.of("sample", "two", "five", "twelve", "overfull12", "overfull2");
        for (int i = 0; i < dossiers.size(); i++) {
            Path dir = Files.createDirectories(out.resolve(names.get(i)));
            for (Printable p : List.of(new FigurePrintable(), new FigurePosterA3(), new FigurePosterA0())) {
                long t = System.nanoTime();
                Path file = renderer.write(p, dossiers.get(i), locale, dir);
                System.out.printf("%-10s %-24s %5d ms  %s%n", names.get(i), p.id(), (System.nanoTime() - t) / 1_000_000,
                        file);
            }
        }
    }
}
