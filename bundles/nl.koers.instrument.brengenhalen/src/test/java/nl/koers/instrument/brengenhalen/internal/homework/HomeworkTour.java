package nl.koers.instrument.brengenhalen.internal.homework;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.render.internal.PdfBoxRenderer;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Not a test: writes the homework of a dossier as a person would see it, to look at. For its first partner the
 * fillable form, the same form filled in, the paper version, and PNGs of every page; then imports the filled form
 * and prints what would change. {@code java ... HomeworkTour DOSSIER.koers OUT_DIR [en]}
 */
public final class HomeworkTour {
    private HomeworkTour() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        // the tour does not save the dossier: a key of its own is enough for its forms
        Dossier d = FormKey.ensure().applyTo(new JsonDossierStore().read(Path.of(args[0])));
        Path out = Files.createDirectories(Path.of(args[1]));
        Locale locale = args.length > 2 && args[2].equals("en") ? Locale.ENGLISH : Locale.of("nl");
        Partner p = d.partners().get(0);
        long t = System.nanoTime();
        Path form = new HomeworkForm(locale).write(d, p, out.resolve("form.pdf"));
        System.out.printf("form: %d ms, %d kB%n", (System.nanoTime() - t) / 1_000_000, Files.size(form) / 1024);
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("essence", "Eén regionale aanpak voor jongeren: ideeën van school, werkgevers en gemeente samen."
                + "\nZo concreet mogelijk, met € en uren.");
        answers.put("interest.add", "Dat de coöperatie ons helpt de wachtlijst te halveren");
        answers.put("bring.KNOWLEDGE.1.description", "Twee adviseurs met kennis van de arbeidsmarkt in de regio "
                + "en van wat werkgevers écht vragen");
        answers.put("bring.KNOWLEDGE.1.amount", "16");
        answers.put("bring.KNOWLEDGE.1.unit", "uur/maand");
        answers.put("get.REPUTATION.1.description", "Een naam als betrouwbare partner");
        answers.put("get.REPUTATION.1.amount", "veel");
        Path filled = HomeworkDossiers.fill(form, out.resolve("filled.pdf"), answers,
                Set.of("bring.KNOWLEDGE.1.demand"), Set.of());
        Path paper = new PdfBoxRenderer().write(new PaperHomeworkPrintable(), d, locale, out);
        for (Path pdf : List.of(form, filled, paper)) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                PDFRenderer renderer = new PDFRenderer(doc);
                int pages = Math.min(doc.getNumberOfPages(), 2);
                for (int i = 0; i < pages; i++) {
                    String name = pdf.getFileName().toString().replace(".pdf", "") + "-" + (i + 1) + ".png";
                    ImageIO.write(renderer.renderImageWithDPI(i, 90), "png", new File(out.toFile(), name));
                }
            }
        }
        ImportedHomework h = HomeworkImport.read(filled, "filled.pdf", d);
        h.changes(locale).forEach(c -> System.out.println(c.label() + ": " + c.before() + " -> " + c.after()));
        h.skipped().forEach(s -> System.out.println("skipped: " + s.message(locale)));
    }
}
