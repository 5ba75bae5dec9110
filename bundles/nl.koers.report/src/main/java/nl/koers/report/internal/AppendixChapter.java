package nl.koers.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import nl.koers.domain.Dossier;
import nl.koers.instrument.api.report.Block;

/**
 * Built in, always last: what the report was made from, which instruments have data in it, and one line for each
 * instrument whose data the file holds but whose plugin is not installed, so a reader knows what is missing.
 */
final class AppendixChapter extends BuiltIn {
    static final String ID = "koers.bijlage";

    /** The instruments whose chapters had something to say, by title, and the ids that have a chapter at all. */
    record Coverage(List<String> titlesWithData, Set<String> instrumentsWithChapter) {
    }

    private final Supplier<Coverage> coverage;
    private final LocalDate today;

    /** The coverage is asked for only when the appendix is written: it asks every installed chapter. */
    AppendixChapter(Supplier<Coverage> coverage, LocalDate today) {
        super(ID, "chapter.appendix");
        this.coverage = coverage;
        this.today = today;
    }

    @Override
    public List<Block> blocks(Dossier dossier, Locale locale) {
        Words words = Words.of(locale);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Paragraph(words.format("appendix.what", CoverFacts.title(dossier, words),
                words.date(today))));
        Coverage covered = coverage.get();
        Set<String> withData = new LinkedHashSet<>(covered.titlesWithData());
        if (withData.isEmpty()) {
            blocks.add(new Block.Paragraph(words.get("appendix.noInstruments")));
        } else {
            blocks.add(new Block.Paragraph(words.get("appendix.instruments")));
            blocks.add(new Block.Bullets(List.copyOf(withData)));
        }
        for (String instrument : new TreeSet<>(dossier.instrumentData().keySet())) {
            if (!covered.instrumentsWithChapter().contains(instrument)) {
                blocks.add(new Block.Paragraph(words.format("appendix.notInstalled", instrument),
                        Block.Paragraph.Kind.NOTE));
            }
        }
        if (!dossier.unknownFields().isEmpty()) {
            blocks.add(new Block.Paragraph(words.format("appendix.unknownFields",
                    String.join(", ", new TreeSet<>(dossier.unknownFields().keySet()))), Block.Paragraph.Kind.NOTE));
        }
        return blocks;
    }
}
