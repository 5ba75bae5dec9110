package nl.koers.instrument.partnermodel.internal.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.instrument.api.swt.testing.Robot;
import nl.koers.instrument.api.swt.testing.StepWindow;
import nl.koers.instrument.partnermodel.internal.Dossiers;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * A canvas step of a dossier with a thousand partners in a real window: the choices of partner beside the canvas
 * hold no row per partner until one is opened, and then only the rows in view get a name. Two read-only combos
 * of a thousand and one names each were made on every step, and GTK measured every name when it laid them out.
 */
class ManyPartnersUiTest {
    private static final int PARTNERS = 1000;

    @AutoClose
    private StepWindow window;

    @Test
    void aStepHoldsNoRowPerPartnerAndAnOpenedChoiceFillsOnlyWhatIsInView() {
        Robot robot = canvasStepOf(i -> Partner.of("Partner " + i, i % 2 == 0 ? Role.CORE : Role.CHAIN));
        List<Partner> partners = window.session().dossier().partners();

        assertTrue(rows(window.page(1)) < 100, "rows in the step's choices: " + rows(window.page(1)));
        Button button = robot.find("note.partner");
        PartnerPicker picker = (PartnerPicker) button.getData(PartnerPicker.class.getName());
        assertEquals(0, picker.filled(), "no name given to a row before the choice is opened");

        // a note chosen on the canvas, its partner chosen from the list by typing part of the name
        CanvasFigure figure = (CanvasFigure) robot.<Canvas>find("canvas").getData(CanvasFigure.class.getName());
        figure.select("n1");
        robot.spin();
        button.notifyListeners(SWT.Selection, new Event());
        robot.spin();
        assertEquals(PARTNERS + 1, picker.list().getItemCount(), "the whole table and every partner");
        assertTrue(picker.filled() < 60, "only the rows in view get a name: " + picker.filled());
        Text filter = (Text) picker.list().getParent().getChildren()[0];
        filter.setText("partner 999");
        robot.spin();
        assertEquals(1, picker.list().getItemCount());
        filter.notifyListeners(SWT.DefaultSelection, new Event());
        robot.spin();
        assertNull(picker.list(), "the list closes on the choice");
        assertEquals(partners.get(999).id(), window.session().dossier().canvasNote("n1").orElseThrow().partnerId());
        assertTrue(button.getText().startsWith("Partner 999"), button.getText());
    }

    @Test
    void anOpenedChoiceIsWideEnoughForTheLongestName() {
        String longest = "Stichting Samenwerkende Ondernemers Waal & Linge en Rivierenland";
        Robot robot = canvasStepOf(i -> Partner.of(i == 500 ? longest : "Partner " + i, Role.CORE));
        Button button = robot.find("note.partner");
        PartnerPicker picker = (PartnerPicker) button.getData(PartnerPicker.class.getName());
        button.notifyListeners(SWT.Selection, new Event());
        robot.spin();

        GC gc = new GC(picker.list());
        int needed;
        try {
            gc.setFont(picker.list().getFont());
            needed = gc.textExtent(longest).x;
        } finally {
            gc.dispose();
        }
        int room = picker.list().getClientArea().width;
        assertTrue(room >= needed, "the list is " + room + " px wide, the longest name needs " + needed);
        assertTrue(picker.filled() < 60, "only the rows in view get a name: " + picker.filled());
    }

    @Test
    void aChoiceNearTheScreensLowerEdgeOpensAboveIt() {
        Robot robot = canvasStepOf(i -> Partner.of("Partner " + i, Role.CORE));
        Button button = robot.find("note.partner");
        Rectangle screen = button.getMonitor().getClientArea();
        Rectangle at = button.getDisplay().map(button.getParent(), null, button.getBounds());
        // the window moved so that the button sits just above the screen's lower edge
        Point shell = window.shell().getLocation();
        window.shell().setLocation(shell.x, shell.y + screen.y + screen.height - 40 - (at.y + at.height));
        robot.spin();
        PartnerPicker picker = (PartnerPicker) button.getData(PartnerPicker.class.getName());
        button.notifyListeners(SWT.Selection, new Event());
        robot.spin();

        Rectangle popup = picker.list().getShell().getBounds();
        assertTrue(popup.y >= screen.y && popup.y + popup.height <= screen.y + screen.height,
                "the list lies on the screen: " + popup + " on " + screen);
    }

    /** Opens the first canvas step of a dossier with {@code PARTNERS} partners, made by {@code partner}. */
    private Robot canvasStepOf(IntFunction<Partner> partner) {
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < PARTNERS; i++) {
            partners.add(partner.apply(i));
        }
        Dossier d = Dossiers.small().withPartners(partners);
        window = StepWindow.open(new PartnermodelScreens(TemplateCatalogue.standardOnly()), PartnermodelScreens.STEPS,
                Ui.PREFIX, d, Locale.of("nl"), false, new Point(1366, 768));
        window.show(1);
        Robot robot = new Robot(window.shell().getDisplay(), window.page(1), Ui.PREFIX);
        robot.spin();
        return robot;
    }

    /** The rows the step's choices hold: each combo's items and each picker's rows with a name. */
    private static int rows(Composite root) {
        int rows = 0;
        for (Control c : root.getChildren()) {
            if (c instanceof Combo combo) {
                rows += combo.getItemCount();
            } else if (c.getData(PartnerPicker.class.getName()) instanceof PartnerPicker picker) {
                rows += (int) picker.filled();
            } else if (c instanceof Composite composite) {
                rows += rows(composite);
            }
        }
        return rows;
    }
}
