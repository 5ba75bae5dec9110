package nl.koers.instrument.netwerkambitie.internal.print;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Interest;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.print.Printable;
import nl.koers.render.internal.LongTexts;

/** Issue 14: every printable of the instrument shows the long texts of a real dossier whole, and never an ellipsis. */
class WholeTextsTest {
    private static final Locale NL = Locale.of("nl");
    private final Dossier d = LongTexts.dossier();

    @Test
    void theCardsShowEveryInterestAndContributionWhole() throws IOException {
        List<String> texts = LongTexts.titleAndNames(d);
        for (Partner p : d.partners()) {
            p.interests().stream().map(Interest::text).forEach(texts::add);
            p.contributions().stream().map(Contribution::description).forEach(texts::add);
        }
        LongTexts.assertWhole(new CardsPrintable(), d, NL, texts);
        LongTexts.assertWhole(new ExchangePrintable(), d, NL, texts);
    }

    @Test
    void theBlankCardsShowTheLongNamesWhole() throws IOException {
        LongTexts.assertWhole(new BlankCardsPrintable(), d, NL, LongTexts.titleAndNames(d));
    }

    @Test
    void thePostersShowEveryRemarkWhole() throws IOException {
        List<String> texts = LongTexts.titleAndNames(d);
        AmbitionVersion v = d.ambition().current().orElseThrow();
        texts.add(v.statement());
        texts.add(v.concretisation());
        v.endorsements().values().forEach(e -> texts.add(e.remark()));
        for (Printable poster : new Printable[] {new AmbitionPosterA3(), new AmbitionPosterA0()}) {
            LongTexts.assertWhole(poster, d, NL, texts);
        }
    }
}
