package nl.koers.domain.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Firmness;

/** The order by amount that a search walks outwards in: by size, then by the decimals, then by place. */
class PostingsTest {

    @Test
    void equalSizesStayInPlaceOrder() {
        assertArrayEquals(new int[] {3, 1, 0, 2}, byAmount("5", "3", "5", "-1", null));
    }

    @Test
    void equalDoublesAreOrderedByTheirDecimals() {
        // the three are one double, 0.1000000000000000055...; only the decimals tell them apart
        assertArrayEquals(new int[] {2, 1, 4, 0, 3},
                byAmount("0.100000000000000001", "0.1", "0.099999999999999999", "7", "0.10"));
    }

    private static int[] byAmount(String... amounts) {
        List<Matching.Entry> gets = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            Contribution c = new Contribution("g" + i, Direction.GET, Category.MEANS, "geld",
                    amounts[i] == null ? null : new BigDecimal(amounts[i]), "euro", Firmness.WISH);
            gets.add(new Matching.Entry(1, i, new ContributionRef("p", c.id()), c));
        }
        return new Postings(Matching.bucket(gets)).byAmount;
    }
}
