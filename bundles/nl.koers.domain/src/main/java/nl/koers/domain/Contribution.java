package nl.koers.domain;

import java.math.BigDecimal;

/**
 * Something a partner brings into the collaboration or comes to get from it, as concrete as the partner can
 * make it: an amount and a unit such as "16 hours/month" or "25000 euro".
 *
 * @param amount empty when the partner could not (yet) make it concrete; at most {@link Limits#AMOUNT_DIGITS} digits
 *        before and after the point
 */
public record Contribution(String id, Direction direction, Category category, String description, BigDecimal amount,
        String unit, Firmness firmness) {
    /**
     * Fills in what is missing: a new id, BRING, OTHER, empty texts, WISH.
     *
     * @throws EditRefused when a text or the amount is past the {@link Limits} of a file
     */
    public Contribution {
        id = Values.id(id);
        direction = direction == null ? Direction.BRING : direction;
        category = category == null ? Category.OTHER : category;
        description = Values.text(description);
        amount = Limits.amount(amount);
        unit = Values.text(unit);
        firmness = firmness == null ? Firmness.WISH : firmness;
    }

    public static Contribution bring(Category category, String description) {
        return new Contribution(null, Direction.BRING, category, description, null, "", Firmness.WISH);
    }

    public static Contribution get(Category category, String description) {
        return new Contribution(null, Direction.GET, category, description, null, "", Firmness.WISH);
    }

    public Contribution withAmount(BigDecimal newAmount, String newUnit) {
        return new Contribution(id, direction, category, description, newAmount, newUnit, firmness);
    }

    public Contribution withFirmness(Firmness newFirmness) {
        return new Contribution(id, direction, category, description, amount, unit, newFirmness);
    }

    /** Whether the partner said how much: an amount and a unit. */
    public boolean isConcrete() {
        return amount != null && !unit.isBlank();
    }
}
