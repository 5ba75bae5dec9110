package nl.koers.instrument.partnermodel.internal.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.instrument.api.figure.Label;
import nl.koers.instrument.api.figure.PageSize;
import nl.koers.instrument.partnermodel.internal.Phrases;
import nl.koers.instrument.partnermodel.internal.template.TemplateCatalogue;

/** More core partners than their block holds: the first are named whole, the rest counted, none lost. */
class PartnerNamesTest {
    @Test
    void theNamesThatFitAreShownWholeAndTheRestCounted() {
        List<Partner> partners = new ArrayList<>();
        for (int i = 1; i <= 300; i++) {
            partners.add(Partner.of("Stichting Samenwerkende Zorgaanbieders Rivierenland " + i, Role.CORE));
        }
        Dossier d = Dossier.titled("Druk").withPartners(partners);
        Label names = new CanvasSheet(new Phrases(Locale.forLanguageTag("nl")),
                TemplateCatalogue.standardOnly().chosen(d), PageSize.A3_LANDSCAPE).filled(d, 0, "").page().shapes()
                .stream().filter(s -> s instanceof Label l && l.text().startsWith(partners.get(0).name()))
                .map(Label.class::cast).findFirst().orElseThrow();
        String[] lines = names.text().split("\n");
        List<String> shown = List.of(lines[0].split(" \u00b7 "));
        assertEquals(partners.subList(0, shown.size()).stream().map(Partner::name).toList(), shown, "whole, in order");
        assertEquals("nog " + (300 - shown.size()) + " partners: zie de partnerlijst in het dossier", lines[1]);
        assertTrue(shown.size() > 1 && shown.size() < 300, shown.size() + " shown");
    }
}
