package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.WorkContext;
import nl.koers.instrument.api.swt.kit.Pager;
import nl.koers.instrument.api.swt.kit.Rows;
import nl.koers.instrument.api.swt.kit.Scroll;

/**
 * Steps 3, 4 and 5: the interests at one level (individual, organisation, network), round the table: every
 * partner below the other, with what it said at this level, so the table hears each answer in turn. An interest
 * can be changed where it stands, marked as a core value, or moved to another level. At hundreds of partners they
 * come a page at a time, its blocks built a few at a time ({@link SlicedPage}), and an edit shows again only the
 * partner it changed.
 */
final class LevelStep {
    /** Partners a page holds: a round of the table the facilitator can take in at once. */
    static final int PAGE = 20;

    private final Ui ui;
    private final Level level;
    private final Composite parent;
    private final Scroll scroll;
    private final Label none;
    private final Pager pager;
    private final SlicedPage page;

    LevelStep(Composite parent, WorkContext ctx, Level level) {
        this.parent = parent;
        this.level = level;
        this.ui = new Ui(ctx, parent);
        parent.setLayout(new FillLayout());
        scroll = new Scroll(parent, true);
        String key = level.name().toLowerCase(Locale.ROOT);
        ui.hint(scroll.content, ui.say.get("screen.level." + key + ".hint"));
        ui.hint(scroll.content, ui.say.get("screen.firmnessHint"));
        none = ui.hint(scroll.content, ui.say.get("screen.noPartners"));
        pager = new Pager(ui, scroll.content, "level." + level.name() + ".partners", PAGE, this::turned);
        Composite blocks = Ui.column(scroll.content, 1);
        page = new SlicedPage(scroll, pager, new Rows<>(Partner::id, p -> new Block(blocks, p)),
                () -> ui.ctx.dossier().partners());
        ui.follow(parent, this::refresh);
        refresh();
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        page.show(Ui.visible(none, ui.ctx.dossier().partners().isEmpty()));
    }

    private void turned() {
        page.restart();
        refresh();
        scroll.scrolled.setOrigin(0, 0);
    }

    /** One partner: its name, its interests at this level, and a row for a new one. */
    private final class Block implements Rows.Row<Partner> {
        private final String partnerId;
        private final Composite block;
        private final Label name;
        private final Label empty;
        private final Rows<Interest> interests;
        /** The partner as last shown: the others' edits leave it the same value, and it is not shown again. */
        private Partner shown;

        Block(Composite parent, Partner partner) {
            this.partnerId = partner.id();
            block = new Composite(parent, SWT.NONE);
            GridLayout layout = new GridLayout(1, false);
            layout.marginWidth = 0;
            layout.marginBottom = ui.charWidth();
            block.setLayout(layout);
            block.setLayoutData(Ui.fill());
            name = ui.section(block, "");
            Ui.id(name, "level." + level.name() + "." + partnerId + ".name");
            empty = ui.hint(block, ui.say.get("screen.level.none"));
            Composite rows = Ui.column(block, 1);
            interests = new Rows<>(Interest::id, i -> new InterestRow(ui, rows, partnerId, i));
            new NewInterestRow(ui, block, "level." + level.name() + "." + partnerId + ".new",
                    ui.say.format("screen.level.new", ui.say.word(level)), level, ui.say.get("screen.add"),
                    i -> ui.apply(Edits.addInterest(partnerId, i)));
            page.made(block);
        }

        @Override
        public Control control() {
            return block;
        }

        @Override
        public void show(Partner partner) {
            if (partner == shown) {
                return;
            }
            shown = partner;
            Ui.say(name, ui.say.name(partner));
            List<Interest> here = partner.interests().stream().filter(i -> i.level() == level).toList();
            boolean noneHere = here.isEmpty();
            if (Ui.visible(empty, noneHere) | interests.show(here)) {
                page.reshaped(block);
            }
        }
    }
}
