package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import nl.koers.domain.Dossier;
import nl.koers.domain.InterestLink;
import nl.koers.domain.analysis.InterestRef;
import nl.koers.domain.edit.Edits;
import nl.koers.instrument.api.swt.kit.Rows;

/** One shared interest on the board: the interests it links, a note in the partners' words, and a way to undo it. */
final class LinkCard implements Rows.Row<InterestLink> {
    private final Ui ui;
    private final Touched touched;
    private final Composite card;
    private final Label members;
    private final Text text;

    LinkCard(Ui ui, Composite parent, InterestLink link, Touched touched) {
        this.ui = ui;
        this.touched = touched;
        String linkId = link.id();
        card = Ui.id(new Composite(parent, SWT.BORDER), "link." + linkId);
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = ui.charWidth();
        card.setLayout(layout);
        GridData data = Ui.fill();
        data.verticalIndent = ui.charWidth() / 2;
        card.setLayoutData(data);
        card.setBackground(Ui.SHARED);
        card.setBackgroundMode(SWT.INHERIT_FORCE);
        text = ui.field(card, SWT.SINGLE, "link." + linkId + ".note", v -> ui.apply(Edits.noteLink(linkId, v)));
        text.setMessage(ui.say.get("board.link.noteMessage"));
        text.setLayoutData(Ui.fill());
        text.setFont(ui.bold());
        ui.rowButton(card, ui.say.get("board.unlink"), "link." + linkId + ".remove",
                () -> ui.apply(Edits.unlinkInterests(linkId))).setToolTipText(ui.say.get("board.unlink.hint"));
        members = Ui.id(new Label(card, SWT.WRAP), "link." + linkId + ".interests");
        members.setFont(ui.font());
        GridData membersData = Ui.fill();
        membersData.horizontalSpan = 2;
        members.setLayoutData(membersData);
    }

    @Override
    public Control control() {
        return card;
    }

    @Override
    public void show(InterestLink link) {
        Dossier d = ui.ctx.dossier();
        Ui.show(text, link.note());
        List<String> lines = new ArrayList<>();
        for (String id : link.interestIds()) {
            d.partnerOfInterest(id).ifPresent(p -> lines.add(ui.say.format("board.member",
                    ui.say.interestOf(d, new InterestRef(p.id(), id)),
                    ui.say.word(p.interest(id).orElseThrow().level()))));
        }
        touched.say(members, String.join("\n", lines));
    }
}
