package nl.koers.instrument.netwerkambitie.internal.screen;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Color;

import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.analysis.Balance;
import nl.koers.domain.analysis.ContributionRef;

/**
 * What a partner's interest card in the exchange ({@link ExchangeStep}) says, line by line, before any label is
 * made: so a card whose lines are of the same kinds as before only gets new words.
 */
final class CardLines {
    private final Ui ui;

    CardLines(Ui ui) {
        this.ui = ui;
    }

    /** What a line of a card is: it decides how the line looks. */
    enum Kind {
        NAME, HINT, SECTION, ITEM, SUMS
    }

    /**
     * One line of a card as it reads: its words, its colour (items), its id (or null) and, for an item brought or
     * got, the item.
     */
    record CardLine(Kind kind, String text, Color colour, String id, ContributionRef ref) {
        CardLine(Kind kind, String text) {
            this(kind, text, null, null, null);
        }
    }

    /** {@return what each line is, without its words: cards with the same kinds differ only in words} */
    static List<Kind> kinds(List<CardLine> lines) {
        return lines.stream().map(CardLine::kind).toList();
    }

    /** What an interest card shows: name, role, the interests, what is brought and got, and the sums. */
    List<CardLine> of(Partner p, Balance balance) {
        List<CardLine> out = new ArrayList<>();
        out.add(new CardLine(Kind.NAME, ui.say.name(p), null,
                "exchange.card." + p.id() + ".name", null));
        out.add(new CardLine(Kind.HINT, ui.say.word(p.role())));
        out.add(new CardLine(Kind.SECTION, ui.say.get("card.own")));
        interests(out, p.interests().stream().filter(i -> i.level() != Level.NETWORK).toList());
        out.add(new CardLine(Kind.SECTION, ui.say.get("card.networkShort")));
        interests(out, p.interests().stream().filter(i -> i.level() == Level.NETWORK).toList());
        for (Direction direction : Direction.values()) {
            out.add(new CardLine(Kind.SECTION, ui.say.get("card." + direction.name().toLowerCase(
                    java.util.Locale.ROOT))));
            List<Contribution> items = p.contributions(direction);
            if (items.isEmpty()) {
                out.add(new CardLine(Kind.HINT, ui.say.get("card.empty")));
            }
            for (Contribution c : items) {
                out.add(item(ui.say.item(c), c.firmness(), "exchange.item." + c.id(),
                        new ContributionRef(p.id(), c.id())));
            }
        }
        out.add(new CardLine(Kind.SUMS, ui.say.balance(balance), null, "exchange.balance." + p.id(), null));
        return out;
    }

    private void interests(List<CardLine> out, List<Interest> interests) {
        if (interests.isEmpty()) {
            out.add(new CardLine(Kind.HINT, ui.say.get("card.empty")));
        }
        for (Interest i : interests) {
            // the overarching interest is the network's by definition; the own ones say their level
            out.add(item(i.level() == Level.NETWORK ? i.text() : ui.say.interest(i), i.firmness(), null, null));
        }
    }

    /** A line with its wish or demand; demands stand out. */
    private CardLine item(String text, Firmness firmness, String id, ContributionRef ref) {
        return new CardLine(Kind.ITEM, ui.say.format("card.marked", text, ui.say.word(firmness)),
                firmness == Firmness.DEMAND ? Ui.DEMAND : null, id, ref);
    }
}
