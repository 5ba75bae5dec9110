package nl.koers.instrument.netwerkambitie.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.instrument.api.figure.Page;
import nl.koers.instrument.api.figure.testing.PageChecks;
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
    void aPartnerWithMoreThanASheetHoldsGoesOnOnASecondSheetWithEveryEntryWhole() throws IOException {
        List<Interest> interests = new ArrayList<>();
        List<Contribution> items = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            interests.add(Interest.of(LongTexts.interest(i, "Eigen belang"), Level.ORGANISATION, Firmness.DEMAND));
            interests.add(Interest.of(LongTexts.interest(i, "Netwerkbelang"), Level.NETWORK, Firmness.WISH));
            items.add(Contribution.bring(Category.PEOPLE, LongTexts.contribution(i, "Brengen")));
            items.add(Contribution.get(Category.KNOWLEDGE, LongTexts.contribution(i, "Halen")));
        }
        Partner full = d.partners().get(0).withInterests(interests).withContributions(items);
        Dossier one = d.withPartners(List.of(full));
        List<Page> pages = new CardsPrintable().pages(one, NL);
        assertEquals(2, pages.size(), "a second sheet before anything is counted");
        pages.forEach(page -> PageChecks.assertWellLaidOut(page, 9));
        List<String> texts = LongTexts.titleAndNames(one);
        interests.forEach(i -> texts.add(i.text()));
        items.forEach(c -> texts.add(c.description()));
        LongTexts.assertWhole(new CardsPrintable(), one, NL, texts);
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
