package nl.koers.instrument.belangendialoog.internal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.Contradiction;
import nl.koers.domain.analysis.InterestRef;
import nl.koers.domain.analysis.InterestSuggestions;
import nl.koers.domain.analysis.PositionRef;
import nl.koers.instrument.api.report.Block;
import nl.koers.instrument.belangendialoog.internal.Phrases;

/**
 * The chapter looks partners up by id ({@link PartnersById}) instead of searching the table for every name; on
 * random dossiers, damaged ones included (two partners with one id, one interest id at two partners, links to
 * interests that are gone), its board says word for word what the dossier's own searches say.
 */
class BoardLookupTest {
    private static final Locale NL = Locale.forLanguageTag("nl");
    private static final String[] WORDS = {"geen", "meer", "minder", "stageplaatsen", "begeleiding", "huisvesting",
        "financiering", "zonder", "regionale", "werkgevers"};

    @Test
    void theBoardIsTheSameAsTheDossiersOwnSearchesSayIt() {
        Random random = new Random(22);
        int contradictions = 0;
        int grouped = 0;
        for (int round = 0; round < 200; round++) {
            Dossier d = dossier(random);
            List<String> bullets = bullets(new BelangendialoogChapter().blocks(d, NL));
            List<String> expected = reference(d, new Phrases(NL));
            contradictions += InterestSuggestions.contradictions(d).size();
            grouped += bullets.stream().filter(b -> b.startsWith("Over ")).count();
            assertEquals(expected, bullets, "round " + round);
        }
        assertTrue(contradictions > 100, "the dossiers have contradictions to name: " + contradictions);
        assertTrue(grouped > 10, "and subjects of more pairs than are named one by one: " + grouped);
    }

    /** The board as the chapter told it before it indexed: every name found by a search of the dossier. */
    private static List<String> reference(Dossier d, Phrases say) {
        List<String> out = new ArrayList<>();
        for (InterestLink link : d.interestLinks()) {
            List<String> members = new ArrayList<>();
            for (String id : link.interestIds()) {
                d.partnerOfInterest(id).ifPresent(p -> members.add(say.interestOf(d, new InterestRef(p.id(), id))));
            }
            String who = String.join("; ", members);
            out.add(link.note().isBlank() ? who : say.format("report.shared.link", link.note().strip(), who));
        }
        // by subject (the words shared), each found by a search of all pairs: a few pairs each, more as a count
        List<Contradiction> all = InterestSuggestions.contradictions(d);
        for (List<String> words : all.stream().map(Contradiction::words).distinct().toList()) {
            List<Contradiction> pairs = all.stream().filter(c -> c.words().equals(words)).toList();
            if (pairs.size() <= ContradictionSubjects.PAIRS_NAMED) {
                pairs.forEach(c -> out.add(say.format("board.contradiction", say.interestOf(d, c.first()),
                        say.interestOf(d, c.second()), say.quoted(words))));
                continue;
            }
            List<InterestRef> demands = pairs.stream().flatMap(c -> Stream.of(c.first(), c.second())).distinct()
                    .toList();
            String who = String.join("; ", demands.stream().limit(ContradictionSubjects.DEMANDS_NAMED)
                    .map(ref -> say.interestOf(d, ref)).toList());
            if (demands.size() > ContradictionSubjects.DEMANDS_NAMED) {
                who = say.format("report.contradictions.rest", who, demands.size() - ContradictionSubjects.DEMANDS_NAMED);
            }
            out.add(say.format("report.contradictions.subject", say.quoted(words), demands.size(), pairs.size(), who));
        }
        for (PositionRef ref : InterestSuggestions.positionsWithoutInterest(d)) {
            d.partner(ref.partnerId()).flatMap(p -> p.position(ref.positionId())).ifPresent(position -> out.add(
                    say.format("board.openPosition", say.partnerName(d, ref.partnerId()), say.text(position))));
        }
        return out;
    }

    /** The bullets after the lenses: the shared interests, the contradictions and the open positions. */
    private static List<String> bullets(List<Block> blocks) {
        List<String> out = new ArrayList<>();
        boolean board = false;
        for (Block b : blocks) {
            board |= b instanceof Block.Heading h && h.level() == 1 && h.text().equals(new Phrases(NL).get("board.shared"));
            if (board && b instanceof Block.Bullets bullets) {
                out.addAll(bullets.items());
            }
        }
        return out;
    }

    private static Dossier dossier(Random random) {
        int n = 1 + random.nextInt(random.nextInt(8) == 0 ? 30 : 8); // now and then a table of many pairs
        List<Partner> partners = new ArrayList<>();
        List<String> interestIds = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            // now and then a second partner with an id that is taken, or an interest id another partner has too
            String id = p > 0 && random.nextInt(5) == 0 ? "p" + random.nextInt(p) : "p" + p;
            List<Interest> interests = new ArrayList<>();
            for (int k = random.nextInt(5); k > 0; k--) {
                String interestId = !interestIds.isEmpty() && random.nextInt(6) == 0
                        ? interestIds.get(random.nextInt(interestIds.size())) : id + "-i" + interestIds.size();
                interestIds.add(interestId);
                interests.add(new Interest(interestId, text(random), Level.values()[random.nextInt(2)],
                        random.nextInt(3) == 0 ? Firmness.WISH : Firmness.DEMAND, false));
            }
            List<Position> positions = new ArrayList<>();
            // the first partner has a position, so the chapter is there
            for (int k = p == 0 ? 1 + random.nextInt(2) : random.nextInt(3); k > 0; k--) {
                List<String> ends = random.nextBoolean() || interestIds.isEmpty() ? List.of()
                        : List.of(interestIds.get(random.nextInt(interestIds.size())));
                positions.add(new Position(id + "-pos" + k, text(random), List.of(), ends));
            }
            partners.add(new Partner(id, random.nextInt(6) == 0 ? "" : "Partner " + p, Role.CORE, List.of(), "",
                    interests, positions, List.of(), List.of()));
        }
        List<InterestLink> links = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0 && !interestIds.isEmpty(); k--) {
            links.add(new InterestLink(null, List.of(interestIds.get(random.nextInt(interestIds.size())),
                    interestIds.get(random.nextInt(interestIds.size())), "gone-" + k), random.nextBoolean() ? "" : "samen"));
        }
        return Dossier.titled("Bord").withPartners(partners).withInterestLinks(links);
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder();
        for (int w = 1 + random.nextInt(4); w > 0; w--) {
            s.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return s.toString().strip();
    }
}
