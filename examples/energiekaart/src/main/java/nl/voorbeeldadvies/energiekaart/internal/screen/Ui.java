package nl.voorbeeldadvies.energiekaart.internal.screen;

import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.Scroll;
import nl.voorbeeldadvies.energiekaart.internal.Heat;
import nl.voorbeeldadvies.energiekaart.internal.Involvement;
import nl.voorbeeldadvies.energiekaart.internal.Phrases;

/** Koers's widget kit with this instrument's ids ({@code energiekaart.<id>}), words and colours. */
final class Ui extends nl.koers.instrument.api.swt.kit.Ui {
    static final String PREFIX = "energiekaart.";

    final Phrases say;

    Ui(WorkContext ctx, Composite root) {
        super(ctx, root, PREFIX);
        this.say = new Phrases(ctx.locale());
    }

    /**
     * A step's page: it fills the step, scrolls, and starts with its heading ({@code key}) and the explanation
     * under it ({@code key.hint}).
     */
    Scroll page(Composite parent, boolean fitWidth, String key) {
        parent.setLayout(new FillLayout());
        Scroll scroll = new Scroll(parent, fitWidth);
        section(scroll.content, say.get(key));
        hint(scroll.content, say.get(key + ".hint"));
        return scroll;
    }

    /** The choices of a mark, in order: none first, then from knowing to co-deciding. */
    String[] marks() {
        Involvement[] all = Involvement.values();
        String[] out = new String[all.length + 1];
        out[0] = say.get("mark.none");
        for (int i = 0; i < all.length; i++) {
            out[i + 1] = say.word(all[i]);
        }
        return out;
    }

    static Color heat(Involvement involvement, int count, int highest) {
        int[] rgb = Heat.rgb(involvement, count, highest);
        return new Color(rgb[0], rgb[1], rgb[2]);
    }

    static Color ink(Involvement involvement, int count, int highest) {
        return Heat.dark(Heat.rgb(involvement, count, highest)) ? WHITE : new Color(33, 33, 33);
    }
}
