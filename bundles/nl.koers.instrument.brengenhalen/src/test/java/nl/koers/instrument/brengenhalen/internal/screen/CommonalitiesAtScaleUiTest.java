package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.Match;
import nl.koers.domain.analysis.MatchesShown;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.brengenhalen.internal.ConversationData;
import nl.koers.instrument.brengenhalen.internal.Dossiers;

/**
 * The commonalities of 200 partners, in a real window: an edit changes the rows it touched and keeps the widgets of
 * every other row; a match that stays keeps its row. What is asserted is the structure, not a time: a step that makes
 * its hundreds of rows again on every edit is what the window waited for.
 */
class CommonalitiesAtScaleUiTest {
    private static final int PARTNERS = 200;

    @AutoClose
    private StepWindow window;
    private Robot robot;

    private void open() {
        window = StepWindow.open(new BrengenhalenScreens(), BrengenhalenScreens.STEPS, Ui.PREFIX,
                withLongLists(Dossiers.table(PARTNERS)), Locale.of("nl"), false);
        robot = window.robot();
        window.show(4);
        robot.spin();
    }

    @Test
    void aPartnerRenamedChangesTheTextsThatNameItAndKeepsEveryWidget() {
        open();
        Match first = shown().get(0);
        Label sentence = robot.find("match.0");
        Set<Control> before = Robot.widgets(window.page(4));
        assertTrue(before.size() > 150, "a page of rows in each list: " + before.size());

        ScrolledComposite view = (ScrolledComposite) before.stream().filter(ScrolledComposite.class::isInstance)
                .findFirst().orElseThrow();
        long[] painted = {0};
        Listener paint = e -> painted[0] += (long) e.width * e.height;
        view.getContent().addListener(SWT.Paint, paint);
        Partner p = window.session().dossier().partner(first.bring().partnerId()).orElseThrow();
        window.document().apply(Edits.updatePartner(p.withName("Hernoemd Bedrijf"))).join();
        robot.spin();
        view.getContent().removeListener(SWT.Paint, paint);

        assertTrue(sentence.getText().startsWith("Hernoemd Bedrijf brengt"), sentence.getText());
        assertEquals(0, before.stream().filter(Control::isDisposed).count(), "no widget was disposed");
        assertEquals(before.size(), Robot.widgets(window.page(4)).size(), "no widget was made");
        // the rename and then each part of the analysis that lands painted the whole step again while it was hidden
        // during each change
        Rectangle area = view.getClientArea();
        assertTrue(painted[0] < (long) area.width * area.height, "the step painted whole again, not only the rows "
                + "whose words changed: " + painted[0] + " pixels of " + area);
    }

    @Test
    void aMatchThatGoesTakesItsRowAndTheMatchesThatStayKeepTheirs() {
        open();
        Map<Match, Label> before = sentences();
        Match first = shown().get(0);

        window.document().apply(Edits.removeContribution(first.bring().partnerId(),
                first.bring().contributionId())).join();
        robot.spin();

        Map<Match, Label> after = sentences();
        assertFalse(after.containsKey(first), "the match is gone");
        assertTrue(before.get(first).isDisposed(), "and its row with it");
        int kept = 0;
        for (Map.Entry<Match, Label> e : after.entrySet()) {
            if (before.containsKey(e.getKey())) {
                assertSame(before.get(e.getKey()), e.getValue(), "a match that stays keeps its row");
                kept++;
            }
        }
        assertTrue(kept >= CommonalitiesStep.PAGE - 10, "most matches stay: " + kept);
    }

    @Test
    void eachLongListIsAPageOfRowsAndEveryRowIsAPageTurnAway() {
        open();
        Dossier d = window.session().dossier();
        int matches = shown().size();
        int findings = BringGet.findings(d).size();
        assertTrue(matches > CommonalitiesStep.PAGE * 10 && findings > CommonalitiesStep.PAGE,
                matches + " matches, " + findings + " findings");
        for (String list : List.of("match.", "finding.", "demand.")) {
            assertTrue(count(list, 0, CommonalitiesStep.PAGE * 5) <= CommonalitiesStep.PAGE,
                    list + ": one page of rows is made, not hundreds");
        }
        assertEquals("1\u2013" + CommonalitiesStep.PAGE + " van " + matches, this.<Label>find("matches.pager.page")
                .getText().replace(".", ""));
        assertEquals("1\u2013" + CommonalitiesStep.PAGE + " van " + findings, this.<Label>find("findings.pager.page")
                .getText().replace(".", ""));

        // a word all partners share names a few and counts the rest: no label of hundreds of lines
        assertEquals(7, this.<Label>find("common.network.0").getText().split("\n").length);
        assertTrue(this.<Label>find("common.essence.0").getText().contains("en nog 188 andere (200 partners)"),
                this.<Label>find("common.essence.0").getText());

        // every finding, page by page, each once, in the analysis's order
        List<String> seen = new ArrayList<>();
        for (int page = 0; page * CommonalitiesStep.PAGE < findings; page++) {
            for (int i = page * CommonalitiesStep.PAGE; i < Math.min(findings, (page + 1) * CommonalitiesStep.PAGE); i++) {
                seen.add(this.<Label>find("finding." + i).getText());
            }
            assertEquals(0, count("finding.", Math.max(0, page - 1) * CommonalitiesStep.PAGE,
                    page * CommonalitiesStep.PAGE), "only the page shown");
            if ((page + 1) * CommonalitiesStep.PAGE < findings) {
                robot.click("findings.pager.next");
            }
        }
        assertEquals(findings, seen.size());
        assertFalse(this.<Button>find("findings.pager.next").isEnabled(), "the last page is reached and not passed");

        // and every lone demand
        assertEquals("1\u2013" + CommonalitiesStep.PAGE + " van " + PARTNERS / 5, this.<Label>find("demands.pager.page")
                .getText());
        robot.click("demands.pager.next");
        assertTrue(this.<Label>find("demand." + (PARTNERS / 5 - 1)).getText().contains("eigen"),
                this.<Label>find("demand." + (PARTNERS / 5 - 1)).getText());

        // the matches page by page, as the findings above (140 pages here: a few are enough)
        robot.click("matches.pager.next");
        robot.click("matches.pager.next");
        assertEquals("41\u201360 van " + matches, this.<Label>find("matches.pager.page").getText().replace(".", ""));
        assertEquals(0, count("match.", 0, 2 * CommonalitiesStep.PAGE));
        List<Match> all = shown();
        Label third = find("match." + 2 * CommonalitiesStep.PAGE);
        assertTrue(third.getText().startsWith(window.session().dossier().partner(all.get(2 * CommonalitiesStep.PAGE)
                .bring().partnerId()).orElseThrow().name() + " brengt"), third.getText());
    }

    @Test
    void aPageTurnedPutsTheNextRowsInTheSameWidgetsAndAnEditKeepsThePage() {
        open();
        Label first = find("finding.0");
        Label sentence = find("match.0");
        Set<Control> before = Robot.widgets(window.page(4));

        robot.click("findings.pager.next");
        assertEquals(List.of(first), robot.all("finding." + CommonalitiesStep.PAGE), "the same label, a page on");
        assertEquals(0, before.stream().filter(Control::isDisposed).count(), "no widget was disposed");

        Partner p = window.session().dossier().partners().get(0);
        window.document().apply(Edits.updatePartner(p.withName("Hernoemd Bedrijf"))).join();
        robot.spin();
        assertEquals(List.of(first), robot.all("finding." + CommonalitiesStep.PAGE), "the page stays after an edit");
        assertFalse(sentence.isDisposed());
        assertEquals(before.size(), Robot.widgets(window.page(4)).size(), "no widget was made");
    }

    /**
     * The table with differences as well as commonalities: every fifth partner and the next demand more of a unit of
     * their own than anyone brings (demands that pull on the same supply), and the first of them holds a demand in
     * words of its own (a lone demand).
     */
    private static Dossier withLongLists(Dossier d) {
        List<Partner> partners = new ArrayList<>();
        for (Partner p : d.partners()) {
            int n = partners.size();
            String own = "eigen" + (char) ('a' + n / 5 / 26 % 26) + (char) ('a' + n / 5 % 26);
            if (n % 5 < 2) {
                List<Contribution> items = new ArrayList<>(p.contributions());
                items.add(new Contribution("own-" + n, Direction.GET, Category.MEANS, "Een " + own,
                        BigDecimal.TEN, own, Firmness.DEMAND));
                p = p.withContributions(items);
            }
            if (n % 5 == 0) {
                List<Interest> interests = new ArrayList<>(p.interests());
                interests.add(new Interest("lone-" + n, "Een " + own + "plein", Level.ORGANISATION,
                        Firmness.DEMAND));
                p = p.withInterests(interests);
            }
            partners.add(p);
        }
        return d.withPartners(partners);
    }

    /** How many of {@code prefix + i} for {@code from <= i < to} are on screen. */
    private int count(String prefix, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += robot.all(prefix + i).size();
        }
        return n;
    }

    private <T extends Control> T find(String id) {
        return robot.find(id);
    }

    /** The matches the step shows, as it works them out. */
    private List<Match> shown() {
        Dossier d = window.session().dossier();
        return MatchesShown.of(d, 5, false, false, ConversationData.of(d).agreedHere()).matches();
    }

    /** The sentence of every match on screen, by match. */
    private Map<Match, Label> sentences() {
        List<Match> shown = shown();
        Map<Match, Label> out = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(CommonalitiesStep.PAGE, shown.size()); i++) {
            out.put(shown.get(i), robot.find("match." + i));
        }
        return out;
    }
}
