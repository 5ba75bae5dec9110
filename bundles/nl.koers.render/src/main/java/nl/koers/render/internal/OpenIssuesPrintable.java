package nl.koers.render.internal;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Component;

import nl.koers.domain.Dossier;
import nl.koers.domain.IssueStatus;
import nl.koers.domain.OpenIssue;
import nl.koers.domain.Texts;
import nl.koers.instrument.api.figure.Colour;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.api.figure.TextMeasure;
import nl.koers.instrument.api.print.Printable;

/**
 * The spannende punten of a dossier on A4, to go with the report: grouped by status (open, agreed, done), and in
 * each group by who takes them up and by date. It belongs to no instrument: every instrument can add points.
 */
@Component(service = Printable.class)
public final class OpenIssuesPrintable implements Printable {
    static final String ID = "koers.spannendepunten";
    private static final PageSize SIZE = PageSize.A4_PORTRAIT;
    private static final double PT = 10;
    private static final double HEADING_PT = 12;
    private static final Colour QUIET = new Colour(100, 100, 100);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name(Locale locale) {
        return texts(locale).get("issues.name");
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    public List<Page> pages(Dossier dossier, Locale locale) {
        if (dossier.openIssues().isEmpty()) {
            return List.of();
        }
        return new Sheet(dossier, texts(locale), Texts.words(locale), locale).pages();
    }

    private static Texts texts(Locale locale) {
        return Texts.load("nl.koers.render.internal.Printables", locale, OpenIssuesPrintable.class.getClassLoader());
    }

    /** One run of laying out the list, down the pages. */
    private static final class Sheet {
        private final Dossier dossier;
        private final Texts texts;
        private final Texts words;
        private final DateTimeFormatter dates;
        private final PageCursor page = new PageCursor(SIZE);

        Sheet(Dossier dossier, Texts texts, Texts words, Locale locale) {
            this.dossier = dossier;
            this.texts = texts;
            this.words = words;
            this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        }

        List<Page> pages() {
            String title = dossier.title().isBlank() ? texts.get("issues.title")
                    : texts.format("issues.titleOf", dossier.title());
            page.down(page.label(page.left(), page.width(), title, 16, true, null) + 4);
            // by who takes it up, points nobody took up yet last; then by date, undated last
            Comparator<OpenIssue> order = Comparator.comparing((OpenIssue i) -> i.owner(dossier).isEmpty())
                    .thenComparing(i -> i.owner(dossier).toLowerCase(Locale.ROOT))
                    .thenComparing(OpenIssue::date, Comparator.nullsLast(Comparator.naturalOrder()));
            for (IssueStatus status : IssueStatus.values()) {
                List<OpenIssue> group = dossier.openIssues().stream().filter(i -> i.status() == status).sorted(order)
                        .toList();
                if (!group.isEmpty()) {
                    group(status, group);
                }
            }
            return page.pages();
        }

        private void group(IssueStatus status, List<OpenIssue> group) {
            page.fit(3 * TextMeasure.lineHeightMm(HEADING_PT));
            page.down(3);
            page.down(page.label(page.left(), page.width(),
                    texts.format("issues.group", words.label(status), group.size()), HEADING_PT, true, null) + 1);
            double width = page.width();
            double margin = page.left();
            double textW = width * 0.58;
            double ownerW = width * 0.27;
            double dateW = width - textW - ownerW;
            for (OpenIssue issue : group) {
                String owner = issue.owner(dossier).isEmpty() ? texts.get("issues.nobody") : issue.owner(dossier);
                String date = issue.date() == null ? "" : dates.format(issue.date());
                double h = Math.max(PageCursor.height(issue.text(), textW - 2, PT),
                        Math.max(PageCursor.height(owner, ownerW - 2, PT), PageCursor.height(date, dateW, PT)));
                page.fit(h + 2);
                page.rule();
                page.down(1);
                page.label(margin, textW - 2, issue.text(), PT, false, null);
                page.label(margin + textW, ownerW - 2, owner, PT, false, issue.owner(dossier).isEmpty() ? QUIET : null);
                page.label(margin + textW + ownerW, dateW, date, PT, false, null);
                page.down(h + 1);
            }
        }
    }
}
