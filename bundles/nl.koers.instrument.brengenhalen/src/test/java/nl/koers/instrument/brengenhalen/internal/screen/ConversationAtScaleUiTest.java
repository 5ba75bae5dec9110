package nl.koers.instrument.brengenhalen.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Contribution;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.brengenhalen.internal.Dossiers;

/**
 * The conversation at 200 partners, in a real window: the answers show the partner who has the floor, so an edit
 * of another partner keeps their widgets, and an edit of that partner's words sets the texts in the labels there.
 * What is asserted is the structure, not a time: drawing the answers anew on every edit was what the window waited
 * for.
 */
class ConversationAtScaleUiTest {
    private static final int PARTNERS = 200;

    @AutoClose
    private StepWindow window;
    private Robot robot;

    @Test
    void anEditOfAnotherPartnerKeepsTheAnswersAndOneOfTheSpeakerShowsAtOnce() {
        window = StepWindow.open(new BrengenhalenScreens(), BrengenhalenScreens.STEPS, Ui.PREFIX,
                Dossiers.table(PARTNERS), Locale.of("nl"), false);
        robot = window.robot();
        window.show(3);
        robot.spin();
        Label name = robot.find("answers.name");
        assertEquals("Gemeente Waalstede", name.getText());
        List<Control> lines = List.of(name.getParent().getChildren());
        assertTrue(lines.size() > 10, "the speaker's answers: " + lines.size());

        Partner other = window.session().dossier().partners().get(PARTNERS - 1);
        Contribution c = other.contributions().get(0);
        window.document().apply(Edits.updateContribution(other.id(), new Contribution(c.id(), c.direction(),
                c.category(), c.description() + " en meer", c.amount(), c.unit(), c.firmness()))).join();
        window.document().apply(Edits.updatePartner(other.withName("Hernoemd Bedrijf"))).join();
        robot.spin();
        assertTrue(lines.stream().noneMatch(Control::isDisposed), "the speaker's answers keep their widgets");
        assertTrue(robot.<org.eclipse.swt.widgets.List>find("clock.order").getItem(PARTNERS - 1)
                .contains("Hernoemd Bedrijf"), "the order shows the new name");

        Partner speaker = window.session().dossier().partners().get(0);
        window.document().apply(Edits.updatePartner(speaker.withName("Gemeente Waalstede-Noord"))).join();
        robot.spin();
        assertEquals("Gemeente Waalstede-Noord", name.getText(), "the speaker's new name, in the same label");
        assertTrue(lines.stream().noneMatch(Control::isDisposed), "an edit of the speaker's words keeps the widgets");

        window.document().apply(Edits.removeContribution(speaker.id(), speaker.contributions().get(0).id())).join();
        robot.spin();
        assertTrue(robot.all("answers.item." + speaker.contributions().get(0).id()).isEmpty(), "an item gone");
        assertEquals(lines.size() - 1, robot.find("answers.name").getParent().getChildren().length);
    }
}
