package nl.koers.instrument.belangendialoog.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.belangendialoog.internal.DialogueData;
import nl.koers.instrument.belangendialoog.internal.DialogueData.Logic;
import nl.koers.instrument.belangendialoog.internal.Dossiers;

/**
 * The dialogue step at 200 partners: the choice of whose logic is shown holds only the chosen name until the mouse
 * comes to it, so GTK measures one name, not 200, each time the step is built (Volgende, F11, Vorige). Then it offers
 * every partner, and a partner chosen there gets the answers ticked.
 */
class LogicPartnerChoiceUiTest {
    @Test
    void theChoiceOfPartnersIsFilledWhenTheMouseComesToIt() {
        Dossier table = Dossiers.table(200);
        try (FreshStep dialogue = new FreshStep(table, 0, () -> {
        })) {
            Robot robot = dialogue.robot();
            robot.spin();
            Combo choice = robot.find("logic.partner");
            assertEquals(1, choice.getItemCount(), "names GTK measures before the choice is used");
            assertEquals(table.partners().get(0).name(), choice.getText());

            choice.notifyListeners(SWT.MouseEnter, new Event());
            assertEquals(200, choice.getItemCount(), "every partner once the mouse is on it");
            assertEquals(0, choice.getSelectionIndex());
            robot.choose("logic.partner", 5);
            robot.tick("logic.1.network", true);
            Partner sixth = table.partners().get(5);
            assertEquals(Optional.of(Logic.NETWORK), DialogueData.of(dialogue.context.forScreen(dialogue.page)
                    .dossier()).answer(sixth.id(), 1));
            assertEquals(sixth.name(), choice.getText());
        }
    }
}
