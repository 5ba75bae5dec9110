package nl.koers.instrument.brengenhalen.internal.homework;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDCheckBox;
import org.apache.pdfbox.pdmodel.interactive.form.PDChoice;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTerminalField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;

import nl.koers.instrument.brengenhalen.internal.homework.HomeworkRefusal.Reason;

/** The field values of a filled PDF form, as a reader saved them: text by field name, and the ticked boxes. */
final class FilledForm {
    /** PDF readers accept the header anywhere in the first kilobyte. */
    private static final int HEADER_ROOM = 1024;

    private final Map<String, String> texts;
    private final Set<String> ticked;

    /** The fields as read; tests make one without a PDF when a value would make the PDF too slow to write. */
    FilledForm(Map<String, String> texts, Set<String> ticked) {
        this.texts = Map.copyOf(texts);
        this.ticked = Set.copyOf(ticked);
    }

    /** @param name the file as the user named it, for messages */
    static FilledForm read(Path file, String name) throws HomeworkRefusal {
        if (Files.isDirectory(file)) {
            throw new HomeworkRefusal(name, Reason.NOT_READABLE, "detail.folder");
        }
        if (!isPdf(file, name)) {
            throw new HomeworkRefusal(name, Reason.NOT_A_PDF);
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm(null);
            if (form == null || form.getFields().isEmpty()) {
                throw new HomeworkRefusal(name, Reason.NO_FORM);
            }
            Map<String, String> texts = new HashMap<>();
            Set<String> ticked = new HashSet<>();
            Set<String> names = new HashSet<>();
            for (PDField field : form.getFieldTree()) {
                String fieldName = field.getFullyQualifiedName();
                // a field twice would let the last one win unseen, e.g. a second partner id after the first
                if (field instanceof PDTerminalField && !names.add(String.valueOf(fieldName))) {
                    throw new HomeworkRefusal(name, Reason.DUPLICATE_FIELD, String.valueOf(fieldName));
                }
                if (field instanceof PDTextField || field instanceof PDChoice) {
                    texts.put(fieldName, field.getValueAsString());
                } else if (field instanceof PDCheckBox box && box.isChecked()) {
                    ticked.add(fieldName);
                }
            }
            return new FilledForm(texts, ticked);
        } catch (InvalidPasswordException e) {
            throw new HomeworkRefusal(name, Reason.ENCRYPTED, e);
        } catch (IOException e) {
            throw new HomeworkRefusal(name, Reason.NOT_READABLE, e, String.valueOf(e.getMessage()));
        }
    }

    /** Whether the file starts like a PDF; a text file renamed .pdf does not. */
    private static boolean isPdf(Path file, String name) throws HomeworkRefusal {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(HEADER_ROOM), StandardCharsets.ISO_8859_1);
            return head.contains("%PDF-");
        } catch (NoSuchFileException e) {
            throw new HomeworkRefusal(name, Reason.NOT_FOUND, e);
        } catch (AccessDeniedException e) {
            throw new HomeworkRefusal(name, Reason.NOT_READABLE, e, "detail.accessDenied");
        } catch (IOException e) {
            throw new HomeworkRefusal(name, Reason.NOT_READABLE, e, String.valueOf(e.getMessage()));
        }
    }

    /** The text of a field; empty when the form has no such field or it is empty. */
    String text(String field) {
        return texts.getOrDefault(field, "");
    }

    /** The names of the text fields. */
    Set<String> fields() {
        return texts.keySet();
    }

    /** The names of the text fields and the ticked boxes. */
    Set<String> names() {
        Set<String> all = new HashSet<>(texts.keySet());
        all.addAll(ticked);
        return all;
    }

    /**
     * The form version it says it is; the newest when it does not say (a form read for a test). Whether the form is
     * a homework form at all is {@link HomeworkImport}'s to check.
     */
    int version() {
        String v = text(HomeworkFields.FORM_VERSION).strip();
        return v.matches("\\d{1,9}") ? Integer.parseInt(v) : HomeworkFields.VERSION;
    }

    boolean anyTicked() {
        return !ticked.isEmpty();
    }

    boolean ticked(String field) {
        return ticked.contains(field);
    }
}
