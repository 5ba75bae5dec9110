package nl.koers.domain;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The partners of a dossier: a list that cannot change, which finds a partner by its id, or by the id of one of its
 * interests, without reading the others. Screens and analyses ask for partners by id inside loops over the table; a
 * search through the list made such a loop grow with the square of the table (the ambition step counting each
 * round's endorsements took about 50 ms of a click at 1000 partners).
 */
final class PartnerList extends AbstractList<Partner> implements RandomAccess {
    private static final PartnerList EMPTY = new PartnerList(new Partner[0], null);

    private final Partner[] partners;
    /**
     * Each id's place (the first, should two partners share one); made when first asked. A list that differs from
     * another only in the content of one partner shares it: the same ids are in the same places.
     */
    private volatile Map<String, Integer> places;
    /** The partner of each interest id (the first that holds it); made when first asked. */
    private volatile Map<String, Partner> ofInterest;

    private PartnerList(Partner[] partners, Map<String, Integer> places) {
        this.partners = partners;
        this.places = places;
    }

    /** {@code partners} as such a list: the same list when it is one already. */
    static PartnerList of(List<Partner> partners) {
        if (partners == null || partners.isEmpty()) {
            return EMPTY;
        }
        if (partners instanceof PartnerList list) {
            return list;
        }
        Partner[] copy = partners.toArray(new Partner[0]);
        for (Partner p : copy) {
            Objects.requireNonNull(p, "a partner");
        }
        return new PartnerList(copy, null);
    }

    @Override
    public Partner get(int index) {
        return partners[index];
    }

    @Override
    public int size() {
        return partners.length;
    }

    Optional<Partner> find(String id) {
        Integer place = places().get(id);
        return place == null ? Optional.empty() : Optional.of(partners[place]);
    }

    Optional<Partner> holding(String interestId) {
        Map<String, Partner> index = ofInterest;
        if (index == null) {
            index = new HashMap<>();
            for (Partner p : partners) {
                for (Interest i : p.interests()) {
                    index.putIfAbsent(i.id(), p);
                }
            }
            ofInterest = index;
        }
        return Optional.ofNullable(index.get(interestId));
    }

    /** This list with {@code partner} in the place of the one with its id, or added at the end. */
    PartnerList put(Partner partner) {
        Integer place = places().get(partner.id());
        if (place == null) {
            Partner[] more = Arrays.copyOf(partners, partners.length + 1);
            more[partners.length] = partner;
            return new PartnerList(more, null);
        }
        Partner[] copy = partners.clone();
        copy[place] = partner;
        return new PartnerList(copy, places);
    }

    private Map<String, Integer> places() {
        Map<String, Integer> index = places;
        if (index == null) {
            index = new HashMap<>(partners.length * 4 / 3 + 1);
            for (int i = 0; i < partners.length; i++) {
                index.putIfAbsent(partners[i].id(), i);
            }
            places = index;
        }
        return index;
    }
}
