package nl.koers.domain.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.analysis.MatchReason.Fit;

/**
 * Finds the matches of {@link BringGet#matches} without laying every item beside every other: the items wanted
 * are put in buckets by category and unit, and within a bucket by their significant words, so an item brought
 * meets only the items of its own bucket and finds the words they share through the word index. The work grows
 * with the number of items and of matches found (plus sorting these), not with the square of the items.
 */
final class Matching {
    /** Points for the words, the unit and the amounts; together 100. */
    static final int WORD_POINTS = 60;
    static final int UNIT_POINTS = 10;
    static final int AMOUNT_POINTS = 30;

    /**
     * One item with its place: the order of the partner and of the item, its significant words, numbered in the
     * dictionary of the items it is compared with, and its bucket's key (a ranking after an edit reads the key of
     * every item it kept, so it is worked out once).
     */
    record Entry(int partner, int order, ContributionRef ref, Contribution c, WordIds.Words wording, Key key) {
        /** The item with its words numbered in a dictionary of its own: to be compared by {@link #words} only. */
        Entry(int partner, int order, ContributionRef ref, Contribution c) {
            this(partner, order, ref, c, new WordIds().of(c.description()), Key.of(c));
        }

        /** The item with its words numbered in this dictionary. */
        Entry(int partner, int order, ContributionRef ref, Contribution c, WordIds dictionary) {
            this(partner, order, ref, c, dictionary.of(c.description()), Key.of(c));
        }

        /** The item with these words, read before. */
        Entry(int partner, int order, ContributionRef ref, Contribution c, WordIds.Words wording) {
            this(partner, order, ref, c, wording, Key.of(c));
        }

        /** {@return its significant words by stem, each as first spelled, read again from its text} */
        Map<String, String> words() {
            return Wording.significant(c.description());
        }
    }

    record Key(Category category, String unit) {
        static Key of(Contribution c) {
            return new Key(c.category(), Units.key(c.unit()));
        }
    }

    /**
     * The items wanted in one category and unit, in dossier order; a number of its own for each word they use (by its
     * number in the dictionary), which of them use a word, and each one's words by number; and, made when it is first
     * searched, its {@link MatchSearch}.
     */
    static final class Bucket {
        final List<Entry> gets = new ArrayList<>();
        final IntIndex ids = new IntIndex();
        /** Per word's number, the places that use it. */
        final List<Ints> byWord = new ArrayList<>();
        /** Per place, its partner's place; and where its words' numbers, ascending, start in {@link #wordIds}. */
        final Ints partners = new Ints();
        final Ints wordStart = new Ints();
        final Ints wordIds = new Ints();
        /** Its search for best matches, with the index for it; made when first asked. */
        MatchSearch search;
        /** How many of its items each partner (by its place) wants, for counting; made when first asked. */
        Map<Integer, Integer> wantedBy;

        Bucket() {
            wordStart.add(0);
        }

        void add(Entry get) {
            int index = gets.size();
            gets.add(get);
            partners.add(get.partner());
            for (int stem : get.wording().stems()) {
                int id = ids.add(stem);
                if (id == byWord.size()) {
                    byWord.add(new Ints());
                }
                byWord.get(id).add(index);
                wordIds.add(id);
            }
            wordIds.sortFrom(wordStart.get(index));
            wordStart.add(wordIds.size());
        }

        /** How many words the item wanted at this place has. */
        int words(int place) {
            return wordStart.get(place + 1) - wordStart.get(place);
        }

        /** The places that use this word (by its number in the dictionary); null when none does. */
        Ints using(int stem) {
            int id = ids.get(stem);
            return id < 0 ? null : byWord.get(id);
        }
    }

    /** The best first; between equals, in the order of the item brought, then of the item wanted. */
    static final Comparator<Match> RANKED = Comparator.comparingInt((Match m) -> -m.reason().score());

    /**
     * Sorts matches given in dossier order by {@link #RANKED}, stably. A score is a whole number from 0 to 100, so
     * the matches are counted out by score in one pass, not compared: sorting grows with the matches, not more.
     */
    static void rank(List<Match> matches) {
        int[] starts = new int[WORD_POINTS + UNIT_POINTS + AMOUNT_POINTS + 2];
        for (Match m : matches) {
            int score = m.reason().score();
            if (score < 0 || score > WORD_POINTS + UNIT_POINTS + AMOUNT_POINTS) {
                matches.sort(RANKED); // no score is out of range; should one be, the comparison still holds
                return;
            }
            starts[WORD_POINTS + UNIT_POINTS + AMOUNT_POINTS - score + 1]++;
        }
        for (int i = 1; i < starts.length; i++) {
            starts[i] += starts[i - 1];
        }
        Match[] ranked = new Match[matches.size()];
        for (Match m : matches) {
            ranked[starts[WORD_POINTS + UNIT_POINTS + AMOUNT_POINTS - m.reason().score()]++] = m;
        }
        for (int i = 0; i < ranked.length; i++) {
            matches.set(i, ranked[i]);
        }
    }

    private Matching() {
    }

    /**
     * The matches (in dossier order) with their scores, ranked as {@link #rank} ranks them, as a list that cannot be
     * changed: counted out by the scores given, without reading them from each match again.
     */
    static List<Match> ranked(Match[] matches, int[] scores) {
        int top = WORD_POINTS + UNIT_POINTS + AMOUNT_POINTS;
        int[] starts = new int[top + 2];
        for (int score : scores) {
            if (score < 0 || score > top) {
                List<Match> sorted = new ArrayList<>(Arrays.asList(matches));
                sorted.sort(RANKED); // no score is out of range; should one be, the comparison still holds
                return Collections.unmodifiableList(sorted);
            }
            starts[top - score + 1]++;
        }
        for (int i = 1; i < starts.length; i++) {
            starts[i] += starts[i - 1];
        }
        Match[] ranked = new Match[matches.length];
        for (int i = 0; i < matches.length; i++) {
            ranked[starts[top - scores[i]]++] = matches[i];
        }
        return Collections.unmodifiableList(Arrays.asList(ranked));
    }

    /** Every match among the items (given in dossier order), ranked. */
    static List<Match> matches(List<Entry> items) {
        Map<Key, Bucket> buckets = buckets(items);
        List<Match> out = new ArrayList<>();
        for (Entry bring : items) {
            Bucket bucket = bucketOf(buckets, bring);
            if (bucket == null) {
                continue;
            }
            Map<Integer, List<String>> shared = shared(bring, bucket);
            for (int i = 0; i < bucket.gets.size(); i++) {
                Entry get = bucket.gets.get(i);
                if (get.partner() != bring.partner()) {
                    out.add(match(bring, get, shared.getOrDefault(i, List.of())));
                }
            }
        }
        // a stable sort: the items came in dossier order, so equals stay in that order
        rank(out);
        return out;
    }

    /** The items wanted, in buckets by category and unit. */
    static Map<Key, Bucket> buckets(List<Entry> items) {
        Map<Key, Bucket> buckets = new HashMap<>();
        for (Entry e : items) {
            if (e.c().direction() == Direction.GET) {
                buckets.computeIfAbsent(e.key(), k -> new Bucket()).add(e);
            }
        }
        return buckets;
    }

    /** One bucket of these items wanted, in this order. */
    static Bucket bucket(List<Entry> gets) {
        Bucket bucket = new Bucket();
        gets.forEach(bucket::add);
        return bucket;
    }

    /** The bucket an item brought meets, or null when it is no item brought or nobody wants anything like it. */
    static Bucket bucketOf(Map<Key, Bucket> buckets, Entry bring) {
        return bring.c().direction() == Direction.BRING ? buckets.get(bring.key()) : null;
    }

    /** Per item of the bucket that shares words with the item brought (by its place): those words, as spelled. */
    static Map<Integer, List<String>> shared(Entry bring, Bucket bucket) {
        Map<Integer, List<String>> shared = new HashMap<>();
        WordIds.Words words = bring.wording();
        for (int w = 0; w < words.size(); w++) {
            Ints places = bucket.using(words.stems()[w]);
            for (int i = 0; places != null && i < places.size(); i++) {
                shared.computeIfAbsent(places.get(i), k -> new ArrayList<>()).add(words.spelled()[w]);
            }
        }
        return shared;
    }

    /** The match of two items that share these words (as the item brought spells them, in its order). */
    static Match match(Entry bring, Entry get, List<String> sharedWords) {
        Contribution b = bring.c();
        Contribution g = get.c();
        int score = wordPoints(sharedWords.size(), bring.wording().size(), get.wording().size())
                + (b.unit().strip().isEmpty() ? 0 : UNIT_POINTS);
        if (b.amount() != null && g.amount() != null) {
            score += amountPoints(b.amount(), g.amount());
        }
        return match(bring, get, sharedWords, score);
    }

    /** The same, its score already known (a search scored it to rank it). */
    static Match match(Entry bring, Entry get, List<String> sharedWords, int score) {
        return match(bring, get, sharedWords, score, bring.c().unit().strip());
    }

    /** The same, with the unit of the item brought as a reason says it (stripped). */
    static Match match(Entry bring, Entry get, List<String> sharedWords, int score, String unit) {
        Contribution b = bring.c();
        Contribution g = get.c();
        Fit fit = Fit.UNKNOWN;
        if (b.amount() != null && g.amount() != null) {
            fit = b.amount().compareTo(g.amount()) >= 0 ? Fit.COVERS : Fit.PARTLY;
        }
        return new Match(bring.ref(), get.ref(), b.category(), new MatchReason(sharedWords, unit, fit, score));
    }

    /** The points for words when two items with this many words each share this many. */
    static int wordPoints(int shared, int bringWords, int getWords) {
        return bringWords == 0 && getWords == 0 ? 0 : Math.round(WORD_POINTS * 2f * shared / (bringWords + getWords));
    }

    /** The points for how close two amounts are. */
    static int amountPoints(BigDecimal a, BigDecimal b) {
        return Math.round(AMOUNT_POINTS * closeness(a, b));
    }

    /**
     * The same from the sizes of the amounts as doubles, as {@code amountPoints(a, b)} gives them: the double
     * quotient lies within 1e-5 points of the decimal one, so it decides alone unless it is that near to a half.
     */
    static int amountPoints(BigDecimal a, double aSize, BigDecimal b, double bSize) {
        int points = amountPoints(aSize, bSize);
        return points >= 0 ? points : amountPoints(a, b);
    }

    /** The same from the sizes alone; -1 when they cannot decide it and the decimals must. */
    static int amountPoints(double aSize, double bSize) {
        double small = Math.min(aSize, bSize);
        double large = Math.max(aSize, bSize);
        if (small >= 1e-300 && large < Double.MAX_VALUE) {
            double points = AMOUNT_POINTS * (small / large);
            if (Math.abs(points - Math.floor(points) - 0.5) > 1e-4) {
                return (int) Math.round(points);
            }
        }
        return -1;
    }

    /** How close two amounts are: the smaller divided by the larger, from 0 to 1; equal amounts are 1. */
    static float closeness(BigDecimal a, BigDecimal b) {
        BigDecimal small = a.abs().min(b.abs());
        BigDecimal large = a.abs().max(b.abs());
        if (large.signum() == 0) {
            return 1;
        }
        return small.divide(large, MathContext.DECIMAL32).floatValue();
    }
}
