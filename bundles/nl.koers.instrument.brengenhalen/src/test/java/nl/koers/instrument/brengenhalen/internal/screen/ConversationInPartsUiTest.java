package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import nl.koers.document.Document;
import nl.koers.document.Documents;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.CoreValue;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Representative;
import nl.koers.instrument.api.swt.testing.LayoutCount;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.SessionContext;
import nl.koers.instrument.brengenhalen.internal.Dossiers;

/**
 * The conversation step of 200 partners as Volgende (or F11) builds it, in a real window: the click makes the frame,
 * the clock, the order and the speaker's name and essence; the speaker's other answers come a slice per dispatch,
 * each laid out by itself. All of them made and laid out in the click (about fifty wrapped labels, each measured and
 * placed by GTK) held it 190-240 ms of processor time, at 12 partners as at 200.
 */
class ConversationInPartsUiTest {
    private static final int PARTNERS = 200;

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void theClickMakesTheNameAndTheEssenceAndTheRestComesASliceADispatch(boolean projector) {
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        shell.setBounds(0, 0, 1280, 960);
        StackLayout stack = new StackLayout();
        shell.setLayout(stack);
        Dossier dossier = asBenchmarked(PARTNERS);
        Document document = Documents.detached(dossier);
        SessionContext context = new SessionContext(display, document, Locale.of("nl"), projector);
        Set<Label> sized = new HashSet<>();
        Listener resized = e -> {
            if (e.widget instanceof Label l && inAnswers(l)) {
                sized.add(l);
            }
        };
        try {
            shell.open();
            new Robot(display, shell, Ui.PREFIX).spin();
            LayoutCount count = LayoutCount.under(shell);
            display.addFilter(SWT.Resize, resized);
            // the click, as the instrument tab does it: a page built for the step, then the stack laid out
            Composite page = new Composite(shell, SWT.NONE);
            stack.topControl = page;
            new BrengenhalenScreens().createStep(3, page, context.forScreen(page));
            shell.layout(true, false);
            Composite answers = (Composite) ((ScrolledComposite) new Robot(display, shell, Ui.PREFIX)
                    .find("answers")).getContent();
            // the name, the representatives, the essence's title and the essence
            assertEquals(4, answers.getChildren().length, "answer lines made in the click");
            assertEquals(4, sized.size(), "answer lines placed in the click");
            assertEquals(1, count.of(shell), "the window laid out once in the click");

            // a line's first size: made and laid out now (the scroll bar, when it comes, sizes every line again, once)
            Set<Label> placed = new HashSet<>(sized);
            List<Integer> perDispatch = new ArrayList<>();
            long end = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < end && (display.readAndDispatch() || !context.idle())) {
                int before = placed.size();
                placed.addAll(sized);
                sized.clear();
                if (placed.size() > before) {
                    perDispatch.add(placed.size() - before);
                }
            }
            assertTrue(perDispatch.size() > 1 && perDispatch.stream().allMatch(n -> n <= SpeakerAnswers.SLICE),
                    "answer lines placed per dispatch: " + perDispatch);
            Partner speaker = dossier.partners().get(0);
            Robot robot = new Robot(display, shell, Ui.PREFIX);
            for (Contribution c : speaker.contributions()) {
                assertEquals(1, robot.all("answers.item." + c.id()).size(), "item " + c.id());
            }
            // name, representatives; essence; 10 interests; 3 core values and an interest marked as one; 10 and 10
            assertEquals(2 + 2 + 11 + 5 + 11 + 11, answers.getChildren().length, "every answer, once");
            Control last = answers.getChildren()[answers.getChildren().length - 1];
            assertTrue(last.getSize().y > 0 && last.getBounds().y > answers.getChildren()[0].getBounds().y,
                    "the last answer is laid out below the first: " + last.getBounds());
        } finally {
            display.removeFilter(SWT.Resize, resized);
            shell.dispose();
            context.close();
            document.close();
            new Robot(display, shell, Ui.PREFIX).spin();
        }
    }

    private static boolean inAnswers(Control c) {
        for (Control a = c; a != null; a = a.getParent()) {
            if ((Ui.PREFIX + "answers").equals(a.getData(Ui.ID))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code n} partners of the table, each answering as the benchmark's partners do: two representatives, ten
     * interests, three core values and twenty items brought and got.
     */
    static Dossier asBenchmarked(int n) {
        List<Partner> partners = new ArrayList<>();
        for (Partner p : Dossiers.table(n).partners()) {
            String id = p.id();
            List<Interest> interests = new ArrayList<>();
            for (int k = 0; k < 10; k++) {
                interests.add(new Interest(id + "-i" + k, "Jongeren in " + k + " gemeenten sneller naar een "
                        + "passende plek, met een vaste begeleider die blijft tot het werk loopt", Level.values()[k % 3],
                        k % 3 == 0 ? Firmness.DEMAND : Firmness.WISH, k == 0));
            }
            List<Contribution> items = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                items.add(new Contribution(id + "-c" + k, k % 2 == 0 ? Direction.BRING : Direction.GET,
                        Category.values()[k % Category.values().length], "Begeleiding en ruimte voor jongeren uit "
                                + "het praktijkonderwijs, " + k, k % 5 == 4 ? null : BigDecimal.valueOf(10 + k),
                        k % 5 == 4 ? "" : "uur/maand", k % 4 == 0 ? Firmness.DEMAND : Firmness.WISH));
            }
            partners.add(new Partner(id, p.name(), p.role(), List.of(
                    new Representative(id + "-r1", "Vertegenwoordiger " + id + "a", "directeur", List.of()),
                    new Representative(id + "-r2", "Vertegenwoordiger " + id + "b", "beleidsmedewerker", List.of())),
                    p.essence(), interests, List.of(), List.of(new CoreValue(id + "-v0", "Eerlijk over geld"),
                            new CoreValue(id + "-v1", "Geen jongere tussen wal en schip"),
                            new CoreValue(id + "-v2", "Afspraak is afspraak in de regio")), items));
        }
        return Dossier.titled("Jongeren aan het werk, " + n + " partners").withPartners(partners);
    }
}
