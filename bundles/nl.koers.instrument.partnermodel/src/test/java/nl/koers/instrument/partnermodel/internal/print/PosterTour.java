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

/** Not a test: writes every printable for a dossier with {@code N} notes, to look at. {@code PosterTour OUT N} */
public final class PosterTour {
    private PosterTour() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        Dossier d = Dossiers.withNotes(Integer.parseInt(args[1]));
        TemplateCatalogue t = TemplateCatalogue.standardOnly();
        for (Printable p : List.of(new CanvasPng(t), new PosterA3(t), new PosterA0(t), new BlankA0(t))) {
            System.out.println(new PdfBoxRenderer().write(p, d, Locale.of("nl"), out));
        }
    }
}
