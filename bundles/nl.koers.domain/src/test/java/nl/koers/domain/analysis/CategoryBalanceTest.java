package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Dossier;
import nl.koers.domain.Firmness;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.analysis.CategoryBalance.UnitSum;

class CategoryBalanceTest {
    private static Contribution bring(Category c, String description) {
        return Contribution.bring(c, description);
    }

    private static Contribution bring(Category c, String description, String amount, String unit) {
        return bring(c, description).withAmount(new BigDecimal(amount), unit);
    }

    private static Contribution get(Category c, String description) {
        return Contribution.get(c, description);
    }

    private static Contribution get(Category c, String description, String amount, String unit) {
        return get(c, description).withAmount(new BigDecimal(amount), unit);
    }

    private static Partner partner(String name, Contribution... items) {
        return Partner.of(name, Role.CORE).withContributions(List.of(items));
    }

    private static Dossier dossier(Partner... partners) {
        return Dossier.titled("Test").withPartners(List.of(partners));
    }

    private static ContributionRef ref(Partner p, Contribution c) {
        return new ContributionRef(p.id(), c.id());
    }

    private static CategoryBalance of(Dossier d, Category c) {
        return CategoryBalance.of(d).stream().filter(b -> b.category() == c).findFirst().orElseThrow();
    }

    @Test
    void anEmptyDossierHasNoCategories() {
        assertEquals(List.of(), CategoryBalance.of(Dossier.titled("Leeg")));
        assertEquals(List.of(), CategoryBalance.of(dossier(partner("A"), partner("B"))));
    }

    @Test
    void onlyCategoriesWithItemsInTheOrderOfTheCategories() {
        Dossier d = dossier(partner("A", bring(Category.CONTINUITY, "x"), get(Category.PEOPLE, "y")),
                partner("B", bring(Category.OTHER, "z")));
        assertEquals(List.of(Category.PEOPLE, Category.CONTINUITY, Category.OTHER),
                CategoryBalance.of(d).stream().map(CategoryBalance::category).toList());
    }

    @Test
    void whoBringsAndWhoWantsToGetEachOnceInPartnerOrder() {
        Contribution a1 = bring(Category.PEOPLE, "coaches");
        Contribution a2 = bring(Category.PEOPLE, "docenten");
        Contribution b1 = get(Category.PEOPLE, "stagiairs");
        Contribution c1 = get(Category.PEOPLE, "begeleiders");
        Contribution c2 = bring(Category.PEOPLE, "mentoren");
        Partner a = partner("A", a1, a2);
        Partner b = partner("B", b1);
        Partner c = partner("C", c1, c2);
        CategoryBalance people = of(dossier(a, b, c), Category.PEOPLE);
        assertEquals(List.of(a.id(), c.id()), people.bringers());
        assertEquals(List.of(b.id(), c.id()), people.getters());
        assertEquals(List.of(ref(a, a1), ref(a, a2), ref(c, c2)), people.brought());
        assertEquals(List.of(ref(b, b1), ref(c, c1)), people.wanted());
    }

    @Test
    void wantedAndBroughtByNobodyIsAGapAndWishesCountToo() {
        Contribution wish = get(Category.MEANS, "budget");
        Contribution demand = get(Category.MEANS, "subsidie").withFirmness(Firmness.DEMAND);
        Partner a = partner("A", wish);
        Partner b = partner("B", demand);
        CategoryBalance means = of(dossier(a, b), Category.MEANS);
        assertTrue(means.bringers().isEmpty());
        assertEquals(List.of(ref(a, wish), ref(b, demand)), means.gaps());
        assertTrue(means.hasGap());
    }

    @Test
    void whatAPartnerBringsItselfDoesNotFillItsOwnGap() {
        Contribution own = bring(Category.KNOWLEDGE, "onderzoek");
        Contribution wanted = get(Category.KNOWLEDGE, "cijfers");
        Partner a = partner("A", own, wanted);
        CategoryBalance alone = of(dossier(a), Category.KNOWLEDGE);
        assertEquals(List.of(ref(a, wanted)), alone.gaps());
        assertEquals(List.of(ref(a, own)), alone.unasked(), "and nobody else asks for what it brings");

        Contribution other = bring(Category.KNOWLEDGE, "data");
        Partner b = partner("B", other);
        CategoryBalance together = of(dossier(a, b), Category.KNOWLEDGE);
        assertEquals(List.of(), together.gaps(), "another partner brings knowledge: no gap");
        assertFalse(together.hasGap());
        assertEquals(List.of(ref(a, own)), together.unasked(),
                "A asks for B's offer; nobody but A itself asks for knowledge, so A's own offer stays unasked");
    }

    @Test
    void broughtAndWantedByNobodyIsUnasked() {
        Contribution offer = bring(Category.REPUTATION, "naam");
        Partner a = partner("A", offer);
        Partner b = partner("B", get(Category.PEOPLE, "mensen"));
        assertEquals(List.of(ref(a, offer)), of(dossier(a, b), Category.REPUTATION).unasked());
        assertEquals(List.of(), of(dossier(a, b), Category.REPUTATION).gaps());
    }

    @Test
    void itemsWithoutAmountOrUnitAreToBeMadeConcrete() {
        Contribution noAmount = get(Category.PEOPLE, "hulp");
        Contribution noUnit = bring(Category.PEOPLE, "uren").withAmount(new BigDecimal("8"), " ");
        Contribution concrete = bring(Category.PEOPLE, "coaches", "2", "fte");
        Contribution unitOnly = get(Category.PEOPLE, "begeleiding").withAmount(null, "uur/maand");
        Partner a = partner("A", noAmount, noUnit);
        Partner b = partner("B", concrete, unitOnly);
        CategoryBalance people = of(dossier(a, b), Category.PEOPLE);
        // in partner order and then item order, whatever the direction
        assertEquals(List.of(ref(a, noAmount), ref(a, noUnit), ref(b, unitOnly)), people.vague());
    }

    @Test
    void amountsAddUpPerUnitAndNeverAcrossUnits() {
        Partner a = partner("A", bring(Category.PEOPLE, "leerwerkplekken", "45", "plekken/jaar"),
                bring(Category.PEOPLE, "begeleiders", "40", "uur/maand"));
        Partner b = partner("B", bring(Category.PEOPLE, "leerwerkplekken", "6", " Plekken/Jaar "),
                get(Category.PEOPLE, "uren", "20", "Uur/maand"));
        Partner c = partner("C", get(Category.PEOPLE, "leerwerkplekken", "60", "plekken/jaar"),
                get(Category.PEOPLE, "fte", "1.5", "fte"), get(Category.PEOPLE, "vaag"));
        CategoryBalance people = of(dossier(a, b, c), Category.PEOPLE);
        List<UnitSum> units = people.units();
        assertEquals(List.of("plekken/jaar", "uur/maand", "fte"), units.stream().map(UnitSum::unit).toList());
        assertEquals(0, new BigDecimal("51").compareTo(units.get(0).brought()));
        assertEquals(0, new BigDecimal("60").compareTo(units.get(0).wanted()));
        assertEquals(0, new BigDecimal("9").compareTo(units.get(0).shortfall()), "60 wanted, 51 brought");
        assertEquals(0, new BigDecimal("40").compareTo(units.get(1).brought()));
        assertEquals(0, new BigDecimal("20").compareTo(units.get(1).wanted()));
        assertEquals(0, BigDecimal.ZERO.compareTo(units.get(1).shortfall()), "more brought than wanted: no shortfall");
        assertEquals(0, BigDecimal.ZERO.compareTo(units.get(2).brought()));
        assertEquals(0, new BigDecimal("1.5").compareTo(units.get(2).wanted()));
    }

    @Test
    void theMatchesOfTheCategory() {
        Contribution give = bring(Category.PEOPLE, "coaches");
        Contribution want = get(Category.PEOPLE, "coaches");
        Contribution other = get(Category.MEANS, "geld");
        Partner a = partner("A", give);
        Partner b = partner("B", want, other);
        Dossier d = dossier(a, b);
        assertEquals(List.of(BringGetTest.pair(new Match(ref(a, give), ref(b, want), Category.PEOPLE))),
                of(d, Category.PEOPLE).matches().stream().map(BringGetTest::pair).toList());
        assertEquals(List.of(), of(d, Category.MEANS).matches());
    }

    @Test
    void everyItemIsInExactlyOneCategory() {
        Partner a = partner("A", bring(Category.PEOPLE, "a"), get(Category.MEANS, "b"), bring(Category.OTHER, "c"));
        Partner b = partner("B", get(Category.PEOPLE, "d"), bring(Category.MEANS, "e"));
        List<CategoryBalance> all = CategoryBalance.of(dossier(a, b));
        assertEquals(5, all.stream().mapToInt(c -> c.brought().size() + c.wanted().size()).sum());
    }
}
