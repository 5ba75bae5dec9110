package nl.koers.instrument.brengenhalen.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.Match;
import nl.koers.domain.edit.MatchEdits;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.Dossiers;
import nl.koers.instrument.brengenhalen.internal.Phrases;
import nl.koers.render.internal.LongTexts;

class BrengenhalenChapterTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private final BrengenhalenChapter chapter = new BrengenhalenChapter();

    @Test
    void theSampleHasEveryPartnersHomeworkAndTheFigure() {
        Dossier d = Dossiers.sample();
        List<Block> blocks = chapter.blocks(d, NL);
        everyPartnersAnswersAndItems(d, blocks);
        List<Block.Figure> figures = blocks.stream().filter(Block.Figure.class::isInstance)
                .map(Block.Figure.class::cast).toList();
        assertEquals(1, figures.size(), "the bring-get figure");
        assertFalse(figures.get(0).page().shapes().isEmpty());
    }

    @Test
    void longTextsAreThereWhole() {
        Dossier d = LongTexts.dossier();
        everyPartnersAnswersAndItems(d, chapter.blocks(d, Locale.ENGLISH));
    }

    @Test
    void theBalanceHasARowPerCategoryWithAnythingInIt() {
        Dossier d = Dossiers.sample();
        Block.Table balance = tableAfter(chapter.blocks(d, NL), "De balans per categorie");
        List<String> categories = balance.rows().stream().map(r -> r.get(0)).toList();
        assertTrue(categories.containsAll(List.of("mensen", "middelen", "kennis")), categories.toString());
        assertEquals(5, balance.header().size());
    }

    @Test
    void theAgreedMatchesAreListedAndOnlyThose() {
        Dossier d = Dossiers.sample();
        List<Match> matches = BringGet.matches(d);
        assertTrue(matches.size() > 2, "the sample has matches to agree on");
        Match confirmed = matches.get(0);
        Match ticked = matches.get(1);
        Dossier agreed = ConversationData.of(d).withAgreed(ticked, true).edit().applyTo(
                MatchEdits.confirm(confirmed.bring().contributionId(), confirmed.get().contributionId()).applyTo(d));
        List<Block> blocks = chapter.blocks(agreed, NL);
        Block.Bullets list = (Block.Bullets) blocks.get(blocks.indexOf(
                new Block.Heading(1, "Afgesproken overeenkomsten")) + 1);
        assertEquals(2, list.items().size(), list.items().toString());
        String brought = Phrases.contribution(agreed, confirmed.bring()).orElseThrow().description();
        assertTrue(list.items().get(0).contains(brought), list.items().get(0));
    }

    @Test
    void aDossierWithoutHomeworkHasNoChapter() {
        assertEquals(List.of(), chapter.blocks(Dossier.titled("Leeg"), NL));
        Dossier named = Dossier.titled("Alleen namen").withPartners(List.of(Partner.of("A", Role.CORE)));
        assertEquals(List.of(), chapter.blocks(named, NL));
        Dossier oneItem = Dossier.titled("Eén").withPartners(List.of(Partner.of("A", Role.CORE)
                .withContribution(Contribution.bring(Category.PEOPLE, "Twee coaches"))));
        assertFalse(chapter.blocks(oneItem, NL).isEmpty());
    }

    /** Every partner has its section, and every answer and item is a cell of one of its tables. */
    private static void everyPartnersAnswersAndItems(Dossier d, List<Block> blocks) {
        for (Partner p : d.partners()) {
            int at = blocks.indexOf(new Block.Heading(2, p.name()));
            assertTrue(at >= 0, p.name());
            List<String> cells = new ArrayList<>();
            for (int i = at + 1; i < blocks.size() && !(blocks.get(i) instanceof Block.Heading); i++) {
                if (blocks.get(i) instanceof Block.Table t) {
                    assertTrue(t.header().stream().noneMatch(String::isBlank), t.header().toString());
                    t.rows().forEach(cells::addAll);
                }
            }
            if (!p.essence().isBlank()) {
                assertTrue(cells.contains(p.essence()), p.name() + ": essence");
            }
            p.coreValues().forEach(v -> assertTrue(cells.contains(v.text()), v.text()));
            p.contributions().forEach(c -> assertTrue(cells.contains(c.description()), c.description()));
            p.interests().forEach(i -> assertTrue(cells.stream().anyMatch(c -> c.contains(i.text())), i.text()));
        }
    }

    private static Block.Table tableAfter(List<Block> blocks, String heading) {
        int at = blocks.indexOf(new Block.Heading(1, heading));
        assertTrue(at >= 0, heading);
        return blocks.subList(at, blocks.size()).stream().filter(Block.Table.class::isInstance)
                .map(Block.Table.class::cast).findFirst().orElseThrow();
    }
}
