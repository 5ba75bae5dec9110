package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The points for amounts from doubles are always those from the decimals, also where a score sits on a half. */
class AmountPointsTest {
    @Test
    void fromDoublesAsFromDecimals() {
        Random random = new Random(30);
        for (int i = 0; i < 200_000; i++) {
            BigDecimal a = amount(random);
            BigDecimal b = amount(random);
            assertEquals(Matching.amountPoints(a, b),
                    Matching.amountPoints(a, a.abs().doubleValue(), b, b.abs().doubleValue()), a + " and " + b);
        }
    }

    @Test
    void onAndNearTheHalves() {
        // 30 * small / large = k + 0.5 exactly: 1 and 60, 1 and 20, 3 and 20, ...; and a hair beside them
        for (int large = 1; large <= 600; large++) {
            for (int small = 0; small <= large; small++) {
                for (String nudge : new String[] {"", "0000001", "9999999"}) {
                    BigDecimal a = new BigDecimal(small + (nudge.isEmpty() ? "" : "." + nudge));
                    BigDecimal b = BigDecimal.valueOf(large);
                    assertEquals(Matching.amountPoints(a, b),
                            Matching.amountPoints(a, a.abs().doubleValue(), b, b.abs().doubleValue()), a + " and " + b);
                }
            }
        }
    }

    private static BigDecimal amount(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> BigDecimal.valueOf(random.nextInt(1000) - 100);
            case 1 -> BigDecimal.valueOf(random.nextInt(100_000), random.nextInt(4));
            case 2 -> new BigDecimal(random.nextLong()).movePointLeft(random.nextInt(30));
            case 3 -> BigDecimal.ZERO;
            default -> BigDecimal.valueOf(random.nextInt(60) + 1, 1);
        };
    }
}
