package nl.koers.instrument.partnermodel.internal.screen;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.koers.domain.CanvasNote;
import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.Found;
import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.partnermodel.internal.PartnermodelInstrument;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/**
 * The six working screens of the canvas: five steps on the canvas itself, each with its own blocks standing
 * out (the ambition; core and chain partners; the offer; governance and regulation; branding), and a sixth to
 * take snapshots and compare them.
 */
@Component(service = InstrumentScreens.class,
        property = Instrument.ID_PROPERTY + "=" + PartnermodelInstrument.ID)
public final class PartnermodelScreens implements InstrumentScreens {
    static final int STEPS = 6;
    private final TemplateCatalogue templates;
    /**
     * What the canvases measured, per display, shared by every step: a step built again (after F11, or a page
     * built anew) finds the widths of its notes here instead of measuring thousands of them once more. Used on the
     * display's thread; freed with the display.
     */
    private final Map<Display, TextWidths> measured = new HashMap<>();

    @Activate
    public PartnermodelScreens(@Reference TemplateCatalogue templates) {
        this.templates = templates;
    }

    @Override
    public String instrumentId() {
        return PartnermodelInstrument.ID;
    }

    @Override
    public void createStep(int step, Composite parent, WorkContext context) {
        if (step < 0 || step >= STEPS) {
            throw new IllegalArgumentException("the Partnermodel Canvas has " + STEPS + " steps, not step " + (step + 1));
        }
        if (step == STEPS - 1) {
            new SnapshotStep(parent, context, templates, widths(parent.getDisplay()));
        } else {
            new CanvasStep(parent, context, templates, step + 1, widths(parent.getDisplay()));
        }
    }

    /** The measured text the steps on {@code display} share. */
    TextWidths widths(Display display) {
        return measured.computeIfAbsent(display, d -> {
            TextWidths widths = new TextWidths(d);
            d.disposeExec(() -> measured.remove(d).dispose());
            return widths;
        });
    }

    /** A note opens the step in which its block stands out. */
    @Override
    public int reveal(Dossier dossier, Found found) {
        if (found.kind() != Found.Kind.CANVAS_NOTE) {
            return -1;
        }
        String block = dossier.canvasNotes().stream().filter(n -> n.id().equals(found.itemId()))
                .map(CanvasNote::blockId).findFirst().orElse("");
        // the template numbers its steps from 1; the last step, the snapshots, has no blocks of its own
        return templates.chosen(dossier).blocks().stream().filter(b -> b.id().equals(block))
                .mapToInt(b -> b.step() - 1).filter(s -> s >= 0 && s < STEPS - 1).findFirst().orElse(0);
    }
}
