package nl.koers.instrument.partnermodel.internal.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;
import nl.koers.render.internal.PdfBoxRenderer;

/**
 * Not a test: writes every printable for a dossier with {@code N} notes, to look at. {@code PosterTour OUT N}; with
 * {@code core} after N, six core partners and the N notes on their block.
 */
public final class PosterTour {
    private PosterTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        int notes = Integer.parseInt(args[1]);
        Dossier d = args.length > 2 && args[2].equals("core") ? Dossiers.sixCorePartners(notes)
                : Dossiers.withNotes(notes);
        TemplateCatalogue t = TemplateCatalogue.standardOnly();
        for (Printable p : List.of(new CanvasPng(t), new PosterA3(t), new PosterA0(t), new BlankA0(t))) {
            System.out.println(new PdfBoxRenderer().write(p, d, Locale.of("nl"), out));
        }
    }
}
