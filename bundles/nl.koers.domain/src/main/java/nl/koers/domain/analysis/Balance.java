package nl.koers.domain.analysis;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one partner brings against what it gets.
 *
 * @param bring how many items the partner brings
 * @param get how many items the partner wants to get
 * @param bringByUnit the amounts it brings, summed per unit, for the items that have an amount; units are
 *        compared without surrounding spaces and regardless of case, and shown as first spelled; an amount
 *        without a unit is summed under the empty unit {@code ""}; in the order the units first appear
 * @param getByUnit the same for what it gets
 */
public record Balance(String partnerId, int bring, int get, Map<String, BigDecimal> bringByUnit,
        Map<String, BigDecimal> getByUnit) {
    public Balance {
        Objects.requireNonNull(partnerId, "partnerId");
        bringByUnit = Collections.unmodifiableMap(new LinkedHashMap<>(bringByUnit));
        getByUnit = Collections.unmodifiableMap(new LinkedHashMap<>(getByUnit));
    }
}
