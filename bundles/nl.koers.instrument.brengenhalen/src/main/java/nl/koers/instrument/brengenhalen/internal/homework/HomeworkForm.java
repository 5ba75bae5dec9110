package nl.koers.instrument.brengenhalen.internal.homework;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Texts;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkAnswers.Line;
import nl.koers.instrument.brengenhalen.internal.homework.HomeworkFields.Slot;

/**
 * The homework of the bring-get conversation as a fillable PDF form for one partner, on A4: the collaboration and
 * the partner filled in (read-only), a short instruction, and the homework questions of the method with a field
 * for each answer (see {@link HomeworkFields} for their names). The fields show what the dossier already holds
 * for that partner, so a form sent again shows the earlier answers; what it brings and gets is a
 * {@link BringGetTable} with a line for every contribution. Interests and core values the form does not ask are
 * counted on it. A partner fills it
 * in with any PDF reader and sends it back; {@link HomeworkImport} reads it. The dossier must hold its
 * {@link FormKey}: the form carries a check value made with it.
 */
public final class HomeworkForm {
    private static final double LABEL_W = 32;
    private static final double GAP = 2;

    private final Locale locale;
    private final Texts texts;
    private final BringGetTable table;

    public HomeworkForm(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.texts = HomeworkTexts.of(locale);
        this.table = new BringGetTable(locale);
    }

    /** Writes the form for {@code partner} (one of {@code dossier}'s partners) as a PDF to {@code out}. */
    public void write(Dossier dossier, Partner partner, OutputStream out) throws IOException {
        try (PDDocument pdf = document(dossier, partner)) {
            pdf.save(out);
        }
    }

    /**
     * Writes the form to {@code file} atomically: a temporary file in the same folder, then renamed over it, so a
     * form that is open elsewhere is never half written. Returns {@code file}.
     */
    public Path write(Dossier dossier, Partner partner, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
                + ".saving");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                write(dossier, partner, out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A partner's form and the file it goes to. */
    public record Target(Partner partner, Path file) {
    }

    /**
     * The file of each partner's form in {@code folder}, named {@link #fileName}; two partners whose names give the
     * same file name get {@code -2}, {@code -3}. In the order of the partners; nothing is written.
     */
    public List<Target> targets(Dossier dossier, Path folder) {
        List<Target> targets = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (Partner p : dossier.partners()) {
            String name = fileName(p);
            String base = name.substring(0, name.length() - ".pdf".length());
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "-" + n + ".pdf";
            }
            targets.add(new Target(p, folder.resolve(name)));
        }
        return List.copyOf(targets);
    }

    /** Writes the forms of {@code targets} (made with {@link #targets}), making the folders; returns the files. */
    public List<Path> writeAll(Dossier dossier, List<Target> targets) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Target t : targets) {
            Files.createDirectories(t.file().toAbsolutePath().getParent());
            written.add(write(dossier, t.partner(), t.file()));
        }
        return List.copyOf(written);
    }

    /** Writes one form per partner into {@code folder} (made when missing), as {@link #targets} names them. */
    public List<Path> writeAll(Dossier dossier, Path folder) throws IOException {
        return writeAll(dossier, targets(dossier, folder));
    }

    /** {@code huiswerk-gemeente-waalstede.pdf} (in English {@code homework-...}). */
    public String fileName(Partner partner) {
        String slug = Slugs.of(partner.name());
        return texts.get("file.prefix") + "-" + (slug.isEmpty() ? Slugs.of(partner.id()) : slug) + ".pdf";
    }

    /** The form as a PDF document, for the caller to save and close. */
    PDDocument document(Dossier dossier, Partner partner) throws IOException {
        PDDocument pdf = new PDDocument();
        try {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(texts.format("form.documentTitle", partner.name(), dossier.title()));
            info.setCreator("Koers");
            FormCanvas c = new FormCanvas(pdf, locale);
            FormFields f = new FormFields(c);
            HomeworkAnswers answers = HomeworkAnswers.of(partner);
            identity(f, dossier, partner, answers);
            head(c, f, dossier, partner);
            essence(c, f, answers);
            interests(c, f, answers, partner);
            bringAndGet(c, f, answers);
            c.finish((page, pages) -> texts.format("form.footer", dossier.title(), partner.name(), page, pages));
            return pdf;
        } catch (IOException | RuntimeException e) {
            pdf.close();
            throw e;
        }
    }

    /** The hidden fields that say whose form it is, and the check value over them and the lines' ids. */
    private static void identity(FormFields f, Dossier dossier, Partner partner, HomeworkAnswers answers)
            throws IOException {
        byte[] key = FormKey.of(dossier).orElseThrow(() -> new IllegalStateException(
                "dossier " + dossier.id() + " has no form key: apply FormKey.ensure() before making forms"));
        String version = String.valueOf(HomeworkFields.VERSION);
        f.hidden(HomeworkFields.FORM, HomeworkFields.KIND);
        f.hidden(HomeworkFields.FORM_VERSION, version);
        f.hidden(HomeworkFields.DOSSIER_ID, dossier.id());
        f.hidden(HomeworkFields.PARTNER_ID, partner.id());
        Map<String, String> ids = new TreeMap<>();
        for (Slot slot : Slot.all()) {
            List<Line> lines = answers.lines(slot);
            for (int n = 1; n <= lines.size(); n++) {
                ids.put(slot.idField(n), lines.get(n - 1).id());
            }
        }
        ids.forEach((field, id) -> hidden(f, field, id));
        List<String> checked = ids.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
        f.hidden(HomeworkFields.CHECK, FormCheck.of(key, HomeworkFields.KIND, version, dossier.id(), partner.id(),
                partner.name(), checked));
    }

    private static void hidden(FormFields f, String field, String value) {
        try {
            f.hidden(field, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void head(FormCanvas c, FormFields f, Dossier dossier, Partner partner) throws IOException {
        c.paragraph(texts.get("form.kicker"), 9, FormCanvas.ACCENT, false);
        c.down(1);
        c.paragraph(texts.get("form.title"), 17, FormCanvas.INK, true);
        c.down(3);
        double fieldX = FormCanvas.LEFT + LABEL_W;
        double fieldW = FormCanvas.RIGHT - fieldX;
        c.text(FormCanvas.LEFT, c.y() + 1.5, LABEL_W - GAP, texts.get("form.collaboration"), 9, FormCanvas.QUIET,
                false);
        f.readOnly(HomeworkFields.DOSSIER_TITLE, fieldX, c.y(), fieldW, 7, 11, dossier.title());
        c.down(7.5);
        c.text(FormCanvas.LEFT, c.y() + 1.5, LABEL_W - GAP, texts.get("form.partner"), 9, FormCanvas.QUIET, false);
        f.readOnly(HomeworkFields.PARTNER_NAME, fieldX, c.y(), fieldW, 7, 11, partner.name());
        c.down(9);
        c.line(FormCanvas.LEFT, c.y(), FormCanvas.RIGHT, c.y(), FormCanvas.ACCENT, 0.5);
        c.down(3);
        c.paragraph(texts.get("form.intro"), 10, FormCanvas.INK, false);
        c.down(1.5);
        c.paragraph(texts.get("form.return"), 9, FormCanvas.QUIET, false);
        c.down(4);
    }

    private void essence(FormCanvas c, FormFields f, HomeworkAnswers answers) throws IOException {
        heading(c, texts.get("q1.title"), questionHeight(c, texts.get("q1.question"), 38));
        question(c, f, HomeworkFields.ESSENCE, texts.get("q1.question"), 38, answers.essence());
    }

    private void interests(FormCanvas c, FormFields f, HomeworkAnswers answers, Partner partner)
            throws IOException {
        heading(c, texts.get("q2.title"), questionHeight(c, texts.get("q2.own"), 27));
        question(c, f, HomeworkFields.INTEREST_OWN, texts.get("q2.own"), 27, answers.ownInterest());
        question(c, f, HomeworkFields.INTEREST_ADD, texts.get("q2.add"), 27, answers.addInterest());
        question(c, f, HomeworkFields.CORE_VALUE, texts.get("q2.coreValue"), 27, answers.coreValue());
        notAsked(c, answers, partner);
    }

    /** Says how many interests and core values the dossier holds that the form does not ask: none is left off unseen. */
    private void notAsked(FormCanvas c, HomeworkAnswers answers, Partner partner) throws IOException {
        int shownInterests = (answers.ownInterest().isEmpty() ? 0 : 1) + (answers.addInterest().isEmpty() ? 0 : 1);
        int interests = partner.interests().size() - shownInterests;
        int coreValues = Math.max(0, partner.coreValues().size() - 1);
        if (interests > 0 || coreValues > 0) {
            String note = texts.format("form.notAsked", interests, coreValues);
            c.keep(c.height(note, FormCanvas.RIGHT - FormCanvas.LEFT, 9));
            c.paragraph(note, 9, FormCanvas.QUIET, false);
            c.down(3);
        }
    }

    private void bringAndGet(FormCanvas c, FormFields f, HomeworkAnswers answers) throws IOException {
        double width = FormCanvas.RIGHT - FormCanvas.LEFT;
        double intro = c.height(texts.get("q3.intro"), width, 10) + c.height(texts.get("q3.demand"), width, 9)
                + c.height(texts.get("q3.lines"), width, 9) + 4;
        heading(c, texts.get("q3.title"), intro + table.firstRowHeight(c));
        c.paragraph(texts.get("q3.intro"), 10, FormCanvas.INK, false);
        c.down(1);
        c.paragraph(texts.get("q3.demand"), 9, FormCanvas.QUIET, false);
        c.down(1);
        c.paragraph(texts.get("q3.lines"), 9, FormCanvas.QUIET, false);
        c.down(2);
        table.write(c, f, Direction.BRING, answers);
        c.down(3);
        table.write(c, f, Direction.GET, answers);
    }

    /** A question's title, kept on one page with what follows it. */
    private static void heading(FormCanvas c, String title, double following) throws IOException {
        c.keep(titleHeight(c, title, 12) + following);
        c.paragraph(title, 12, FormCanvas.ACCENT, true);
        c.down(1.2);
    }

    private static double questionHeight(FormCanvas c, String question, double fieldH) {
        return c.height(question, FormCanvas.RIGHT - FormCanvas.LEFT, 10) + 1 + fieldH;
    }

    private void question(FormCanvas c, FormFields f, String field, String question, double fieldH, String value)
            throws IOException {
        c.keep(questionHeight(c, question, fieldH));
        c.paragraph(question, 10, FormCanvas.INK, false);
        c.down(1);
        f.textField(field, question, FormCanvas.LEFT, c.y(), FormCanvas.RIGHT - FormCanvas.LEFT, fieldH, 10, true,
                value);
        c.down(fieldH + 3.5);
    }

    static double titleHeight(FormCanvas c, String title, double pt) {
        return c.height(title, FormCanvas.RIGHT - FormCanvas.LEFT, pt) + 1.2;
    }
}
