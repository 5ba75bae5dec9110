package nl.koers.report;

import java.util.List;
import java.util.Locale;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.api.report.ReportChapter;

/** Chapters as plugins write them, for the tests: one that says a line per partner, one that trips. */
public final class TestChapters {
    private TestChapters() {
    }

    /**
     * A chapter with a paragraph "TITLE van PARTNER" per partner; nothing without partners.
     *
     * @param failure null for a chapter that works; else what its blocks throw
     */
    public record Chapter(String id, String instrumentId, String title, RuntimeException failure)
            implements ReportChapter {
        /** A chapter that works. */
        public Chapter(String id, String instrumentId, String title) {
            this(id, instrumentId, title, null);
        }

        @Override
        public String title(Locale locale) {
            return title;
        }

        @Override
        public List<Block> blocks(Dossier dossier, Locale locale) {
            if (failure != null) {
                throw failure;
            }
            return dossier.partners().stream().<Block>map(p -> new Block.Paragraph(title + " van " + p.name()))
                    .toList();
        }
    }

    /** A chapter that notes each thread it is asked on and takes {@code millis} to say one paragraph. */
    public static ReportChapter noting(String id, String title, List<Thread> asked, long millis) {
        return new ReportChapter() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String instrumentId() {
                return id.substring(0, id.indexOf('.'));
            }

            @Override
            public String title(Locale locale) {
                return title;
            }

            @Override
            public List<Block> blocks(Dossier dossier, Locale locale) {
                asked.add(Thread.currentThread());
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return List.of(new Block.Paragraph("te laat"));
            }
        };
    }

    /** A chapter whose blocks throw {@code message}. */
    public static Chapter tripping(String id, String title, String message) {
        return new Chapter(id, id.substring(0, id.indexOf('.')), title, new IllegalStateException(message));
    }
}
