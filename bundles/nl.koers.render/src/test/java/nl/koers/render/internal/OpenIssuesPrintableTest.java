package nl.koers.render.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.IssueStatus;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;

/** The list of spannende punten on A4, read back from the real PDF. */
class OpenIssuesPrintableTest {
    private final OpenIssuesPrintable printable = new OpenIssuesPrintable();
    private final Partner gemeente = Partner.of("Gemeente Utrecht", Role.CORE);

    private Dossier dossier(List<OpenIssue> issues) {
        return Dossier.titled("Jongeren aan het werk").withPartners(List.of(gemeente)).withOpenIssues(issues);
    }

    @Test
    void everyPointIsPrintedWithItsOwnerGroupedByStatus() throws Exception {
        Dossier d = dossier(List.of(
                new OpenIssue(null, "Wie betaalt de coaches?", gemeente.id(), "", LocalDate.of(2026, 3, 1),
                        IssueStatus.OPEN),
                new OpenIssue(null, "Privacy van de deelnemers", "", "Piet Jansen", null, IssueStatus.DONE),
                new OpenIssue(null, "Gezamenlijk loket", gemeente.id(), "Anna de Vries", null, IssueStatus.AGREED),
                OpenIssue.of("Naam van het netwerk", "")));

        List<Page> pages = printable.pages(d, Locale.of("nl"));
        assertEquals(PageSize.A4_PORTRAIT, pages.get(0).size());
        String text = Pdfs.text(Pdfs.write(new PdfBoxRenderer(), pages)).replaceAll("\\s+", " ");

        for (String expected : List.of("Wie betaalt de coaches? Gemeente Utrecht",
                "Privacy van de deelnemers Piet Jansen", "Gezamenlijk loket Anna de Vries (Gemeente Utrecht)",
                "Naam van het netwerk nog niemand", "Jongeren aan het werk")) {
            assertTrue(text.contains(expected), () -> expected + " in: " + text);
        }
        assertTrue(text.indexOf("open (2)") < text.indexOf("afgesproken (1)")
                && text.indexOf("afgesproken (1)") < text.indexOf("afgehandeld (1)"), text);
        assertTrue(text.indexOf("Wie betaalt") < text.indexOf("Naam van het netwerk"),
                "by owner: a named owner before nobody: " + text);
    }

    @Test
    void aLongListGoesOnMorePagesAndLosesNoPoint() throws Exception {
        List<OpenIssue> many = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            many.add(new OpenIssue(null, "Punt " + i, "", "Eigenaar " + i, null, IssueStatus.OPEN));
        }
        List<Page> pages = printable.pages(dossier(many), Locale.ENGLISH);
        assertTrue(pages.size() > 1, "pages: " + pages.size());
        String text = Pdfs.text(Pdfs.write(new PdfBoxRenderer(), pages)).replaceAll("\\s+", " ");
        for (int i = 1; i <= 80; i++) {
            assertTrue(text.contains("Punt " + i + " Eigenaar " + i + " "), "point " + i);
        }
        assertTrue(text.contains("Open issues"), text);
    }

    @Test
    void nothingToPrintWithoutPoints() {
        assertTrue(printable.pages(dossier(List.of()), Locale.of("nl")).isEmpty());
    }
}
