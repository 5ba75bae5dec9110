package nl.koers.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Partner;
import nl.koers.store.internal.JsonDossierStore;

/**
 * A homework form filled from the dossier and read back through the real {@code bin/koers}: a changed line updates
 * its item, a new line adds one, and a line the partner emptied stays until {@code --remove-missing} (issue 14).
 */
class HomeworkReconcileIT {
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @TempDir
    Path scratch;

    @Test
    void aFilledFormIsReconciledWithTheDossierItWasMadeFrom() throws Exception {
        Path dossier = SampleDossier.copyTo(scratch).orElseThrow();
        String name = dossier.getFileName().toString();
        KoersScript.Run forms = run("homework-forms", name, "--out", "forms");
        assertEquals(0, forms.exitCode(), forms.describe());
        Partner before = partner(dossier);
        List<Contribution> held = before.contributions();
        assertTrue(held.size() >= 2, "the sample's first partner brings and gets at least two things");
        Path form = formOf(before);
        Contribution changed = held.get(0);
        Contribution emptied = held.get(1);
        Path filled = scratch.resolve("ingevuld.pdf");
        try (PDDocument pdf = Loader.loadPDF(form.toFile())) {
            PDAcroForm fields = pdf.getDocumentCatalog().getAcroForm();
            fields.getField(line(fields, changed) + "description").setValue("Anders gezegd, zelfde bijdrage");
            for (String part : List.of("description", "amount", "unit")) {
                fields.getField(line(fields, emptied) + part).setValue("");
            }
            fields.getField(emptyCategory(before) + ".1.description").setValue("Een nieuwe bijdrage");
            pdf.save(filled.toFile());
        }

        KoersScript.Run kept = run("import-homework", name, "ingevuld.pdf", "--yes");
        assertEquals(0, kept.exitCode(), kept.describe());
        assertTrue(kept.out().contains("leeggemaakt in het formulier") && kept.out().contains("--remove-missing"),
                kept.describe());
        Partner afterKept = partner(dossier);
        assertEquals(held.size() + 1, afterKept.contributions().size(), "one added, none duplicated, none removed");
        assertEquals("Anders gezegd, zelfde bijdrage", contribution(afterKept, changed.id()).description());
        assertTrue(afterKept.hasContribution(emptied.id()));

        KoersScript.Run removed = run("import-homework", name, "ingevuld.pdf", "--yes", "--remove-missing");
        assertEquals(0, removed.exitCode(), removed.describe());
        Partner afterRemoved = partner(dossier);
        assertEquals(held.size(), afterRemoved.contributions().size(), "the new one not twice, the emptied one gone");
        assertTrue(!afterRemoved.hasContribution(emptied.id()), removed.describe());
    }

    private Path formOf(Partner p) throws Exception {
        try (Stream<Path> files = Files.list(scratch.resolve("forms"))) {
            for (Path f : files.toList()) {
                try (PDDocument pdf = Loader.loadPDF(f.toFile())) {
                    if (p.id().equals(pdf.getDocumentCatalog().getAcroForm().getField("koers.partnerId")
                            .getValueAsString())) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError("no form for " + p.name());
    }

    /** A category the partner brings nothing in yet: {@code bring.KNOWLEDGE}. */
    private static String emptyCategory(Partner p) {
        for (Category c : Category.values()) {
            if (p.contributions().stream().noneMatch(x -> x.direction() == Direction.BRING && x.category() == c)) {
                return "bring." + c.name();
            }
        }
        throw new AssertionError(p.name() + " brings something in every category");
    }

    /** The fields' common start of the line that shows {@code c}: {@code get.PEOPLE.2.}. */
    private static String line(PDAcroForm fields, Contribution c) {
        for (var field : fields.getFieldTree()) {
            String n = field.getFullyQualifiedName();
            if (n.endsWith(".id") && c.id().equals(field.getValueAsString())) {
                return n.substring(0, n.length() - "id".length());
            }
        }
        throw new AssertionError("no line for " + c.id());
    }

    private static Partner partner(Path dossier) throws Exception {
        return new JsonDossierStore().read(dossier).partners().get(0);
    }

    private static Contribution contribution(Partner p, String id) {
        return p.contributions().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private KoersScript.Run run(String... arguments) throws Exception {
        return new KoersScript(Installation.home(), scratch).run(ExportIT::noDisplay, TIMEOUT, arguments);
    }
}
