package nl.koers.domain.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;

/** The balances as they were made before one walk per partner: the reference for {@link FastAnalysesPropertyTest}. */
final class BalancesReference {
    private BalancesReference() {
    }

    static List<Balance> of(Dossier dossier) {
        List<Balance> out = new ArrayList<>();
        for (Partner p : dossier.partners()) {
            List<Contribution> bring = p.contributions(Direction.BRING);
            List<Contribution> get = p.contributions(Direction.GET);
            out.add(new Balance(p.id(), bring.size(), get.size(), byUnit(bring), byUnit(get)));
        }
        return out;
    }

    private static Map<String, BigDecimal> byUnit(List<Contribution> contributions) {
        Map<String, String> spelling = new LinkedHashMap<>();
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        for (Contribution c : contributions) {
            if (c.amount() != null) {
                String shown = spelling.computeIfAbsent(BringGet.unitKey(c.unit()), k -> c.unit().strip());
                sums.merge(shown, c.amount(), BigDecimal::add);
            }
        }
        return sums;
    }
}
