package nl.koers.domain.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;

import nl.koers.domain.analysis.Matching.Bucket;
import nl.koers.domain.analysis.Matching.Entry;
import nl.koers.domain.analysis.Postings.Posting;

/**
 * The search of one item brought in its bucket (see {@link BestMatches}): the best found so far, and the lists of
 * its {@link Postings} that could still beat them, each a cursor whose next item bounds what the rest can score. One
 * per bucket, searching for one item brought after the other: what it holds is made once, not per item.
 */
final class MatchSearch {
    /** Which items of a list a cursor scores: those sharing exactly its word, its first pair, or no word. */
    private enum Shares {
        ONE, PAIR, NONE
    }

    /** A list of at most this many items is scored at once, without a cursor. */
    private static final int SHORT = 4;
    /** The first search of an item brought leaves no pair out. */
    private static final BiPredicate<String, String> NONE_LEFT_OUT = (b, g) -> false;

    private final Bucket bucket;
    private final Postings postings;
    private final List<Cursor> cursors = new ArrayList<>();
    /** The cursors made so far, used again by the next item brought: an item leads to dozens of lists. */
    private final List<Cursor> made = new ArrayList<>();
    private int used;
    private Entry bring;
    private int k;
    private BiPredicate<String, String> leaveOut;
    private int unitPoints;
    private BigDecimal amount;
    private double size;
    /** The words of the item brought, by their numbers in the bucket. */
    private final BroughtWords brought;
    /** The best so far, best first (by score, then place): their places and scores. */
    private int[] bestPlaces = new int[8];
    private int[] bestScores = new int[8];
    /** And the words each shares with the item brought, by bit (see {@link BroughtWords#bit}). */
    private long[] bestWords = new long[8];
    private int found;
    private final SharedWordLists lists = new SharedWordLists();
    /** Set by {@link #shared}: how many words a place shares, which (by bit), and the first two of them. */
    private int shared;
    private long sharedWords;
    private int first;
    private int second;

    private MatchSearch(Bucket bucket) {
        this.bucket = bucket;
        this.postings = new Postings(bucket);
        this.brought = new BroughtWords(bucket);
    }

    /** The bucket's search, made (with its index) the first time. */
    static MatchSearch of(Bucket bucket) {
        if (bucket.search == null) {
            bucket.search = new MatchSearch(bucket);
        }
        return bucket.search;
    }

    /** {@return the scores of the matches the last call of {@link #best} gave, in their order} */
    int[] scores() {
        return Arrays.copyOf(bestScores, found);
    }

    /** {@return the score of the match at this place of those the last call of {@link #best} gave} */
    int scoreFound(int i) {
        return bestScores[i];
    }

    /** {@return the items wanted of the matches the last call of {@link #best} gave, in their order} */
    Entry[] gets() {
        Entry[] gets = new Entry[found];
        for (int i = 0; i < found; i++) {
            gets[i] = bucket.gets.get(bestPlaces[i]);
        }
        return gets;
    }

    /** The best matches of the item brought, at most {@code k}, best first. */
    List<Match> best(Entry bring, int k, BiPredicate<String, String> leaveOut) {
        // first as if no pair were left out: the best are the same unless one of them is, and then only are the
        // pairs asked about on the way (the items wanted lie scattered in memory; the best are read anyway)
        start(bring, k, NONE_LEFT_OUT);
        run();
        if (anyLeftOut(leaveOut)) {
            start(bring, k, leaveOut);
            run();
        }
        List<Match> out = new ArrayList<>(found);
        String[] spelled = bring.wording().spelled();
        String unit = bring.c().unit().strip(); // once for all its matches
        for (int i = 0; i < found; i++) {
            int place = bestPlaces[i];
            List<String> shared = brought.bitsFit() ? lists.of(spelled, bestWords[i])
                    : SharedWordLists.of(bucket, place, brought.ids, brought.size, spelled);
            out.add(Matching.match(bring, bucket.gets.get(place), shared, bestScores[i], unit));
        }
        return out;
    }

    /** Whether a pair of the item brought with one of the best found is to be left out. */
    private boolean anyLeftOut(BiPredicate<String, String> leaveOut) {
        for (int i = 0; i < found; i++) {
            if (leaveOut.test(bring.c().id(), bucket.gets.get(bestPlaces[i]).c().id())) {
                return true;
            }
        }
        return false;
    }

    private void start(Entry bring, int k, BiPredicate<String, String> leaveOut) {
        this.bring = bring;
        this.k = k;
        this.leaveOut = leaveOut;
        // its unit as compared is empty exactly when the unit is blank; it is shared, so no text is read per item
        unitPoints = bring.key().unit().isEmpty() ? 0 : Matching.UNIT_POINTS;
        amount = bring.c().amount();
        size = amount == null ? Double.NaN : amount.abs().doubleValue();
        WordIds.Words wording = bring.wording();
        if (bestPlaces.length < k + 1) {
            bestPlaces = new int[k + 1];
            bestScores = new int[k + 1];
            bestWords = new long[k + 1];
        }
        found = 0;
        lists.clear();
        brought.read(bucket, wording);
        cursors.clear();
        used = 0;
    }

    private void run() {
        Ints longer = postings.longer;
        for (int i = 0; i < longer.size(); i++) {
            int place = longer.get(i);
            shared(place);
            visit(place, score(place));
        }
        lists();
        walk();
    }

    /** Each list the item brought leads to, those whose items may score highest first, so the bar is high early. */
    private void lists() {
        for (int i = 0; i < brought.known; i++) {
            for (int j = i + 1; j < brought.known; j++) {
                Posting p = postings.pair(brought.sorted[i], brought.sorted[j]);
                if (p != null) {
                    list(p, Matching.WORD_POINTS, Shares.PAIR, brought.sorted[i], brought.sorted[j]);
                }
            }
        }
        int counts = 0;
        for (int i = 0; i < brought.known; i++) {
            counts |= postings.counts(brought.sorted[i]);
        }
        for (; counts != 0; counts &= counts - 1) { // fewest words first: they score highest
            int count = Integer.numberOfTrailingZeros(counts);
            for (int i = 0; i < brought.known; i++) {
                Posting p = postings.single(brought.sorted[i], count);
                if (p != null) {
                    list(p, Matching.wordPoints(1, brought.size, count), Shares.ONE, brought.sorted[i], -1);
                }
            }
        }
        list(postings.all, 0, Shares.NONE, -1, -1);
    }

    /** Takes the next item of the most promising cursor until none can beat or tie the last of the best. */
    private void walk() {
        while (true) {
            Cursor top = null;
            int topBound = -1;
            for (int i = 0; i < cursors.size(); i++) {
                Cursor c = cursors.get(i);
                int bound = c.bound();
                if (bound < 0) {
                    cursors.set(i, cursors.get(cursors.size() - 1));
                    cursors.remove(cursors.size() - 1);
                    i--;
                } else if (bound > topBound) {
                    top = c;
                    topBound = bound;
                }
            }
            if (top == null || full() && topBound < lastScore()) {
                return;
            }
            if (top.start()) {
                continue; // its bound was what it could score at best; now it is its next item's
            }
            int place = top.take();
            shared(place);
            if (accepts(top.shares, top.word, top.other, place)) {
                visit(place, score(place));
            }
        }
    }

    /**
     * The items of a list whose items score {@code wordPoints} for their words (at most, for a pair): a short list at
     * once, a longer one by a cursor per part (in order, or outwards from the amount brought).
     */
    private void list(Posting p, int wordPoints, Shares shares, int word, int other) {
        int base = wordPoints + unitPoints;
        if (full() && base + (amount == null ? 0 : Matching.AMOUNT_POINTS) < lastScore()) {
            return;
        }
        int[] places = postings.inOrder(p);
        if (places.length <= SHORT) {
            for (int place : places) {
                shared(place);
                if (accepts(shares, word, other, place)) {
                    visit(place, score(place));
                }
            }
            return;
        }
        if (amount == null) {
            addIfAny(places, base, shares, word, other, false);
            return;
        }
        addIfAny(postings.without(p), base, shares, word, other, false);
        addIfAny(postings.byAmount(p), base, shares, word, other, true);
    }

    private void addIfAny(int[] places, int base, Shares shares, int word, int other, boolean outward) {
        if (places.length == 0) {
            return;
        }
        if (used == made.size()) {
            made.add(new Cursor());
        }
        Cursor c = made.get(used++);
        c.set(places, base, shares, word, other, outward);
        cursors.add(c);
    }

    /** Whether a list of this kind scores the place {@link #shared} just counted; another list scores it otherwise. */
    private boolean accepts(Shares shares, int word, int other, int place) {
        return switch (shares) {
            case ONE -> shared == 1;
            case PAIR -> shared >= 2 && first == word && second == other;
            case NONE -> shared == 0 && bucket.words(place) <= Postings.LONG;
        };
    }

    /** Sets {@link #shared}, {@link #first} and {@link #second} for the item wanted at this place. */
    private void shared(int place) {
        int[] theirs = bucket.wordIds.values();
        int end = bucket.wordStart.get(place + 1);
        shared = 0;
        sharedWords = 0;
        first = -1;
        second = -1;
        // their words ascend, so the first two found are the two smallest they share, as a merge finds them
        for (int j = bucket.wordStart.get(place); j < end; j++) {
            int their = theirs[j];
            if (brought.has(their)) {
                if (shared == 0) {
                    first = their;
                } else if (shared == 1) {
                    second = their;
                }
                shared++;
                sharedWords |= brought.bit(their);
            }
        }
    }

    /** The score of the place whose words {@link #shared} just counted. */
    private int score(int place) {
        int score = Matching.wordPoints(shared, brought.size, bucket.words(place)) + unitPoints;
        return amount == null || Double.isNaN(postings.sizes[place]) ? score : score + amountPoints(place);
    }

    /** The points for the amounts, from the sizes unless only the decimals can decide. */
    private int amountPoints(int place) {
        int points = Matching.amountPoints(size, postings.sizes[place]);
        return points >= 0 ? points : Matching.amountPoints(amount, bucket.gets.get(place).c().amount());
    }

    /** Keeps the item among the best when it is; its score is known, so the match is made only then. */
    private void visit(int place, int score) {
        if (full() && (score < lastScore() || score == lastScore() && place > bestPlaces[found - 1])) {
            return;
        }
        if (bucket.partners.get(place) == bring.partner()
                || leaveOut != NONE_LEFT_OUT && leaveOut.test(bring.c().id(), bucket.gets.get(place).c().id())) {
            return;
        }
        int at = found;
        while (at > 0 && (bestScores[at - 1] < score || bestScores[at - 1] == score && bestPlaces[at - 1] > place)) {
            bestPlaces[at] = bestPlaces[at - 1];
            bestScores[at] = bestScores[at - 1];
            bestWords[at] = bestWords[at - 1];
            at--;
        }
        bestPlaces[at] = place;
        bestScores[at] = score;
        bestWords[at] = sharedWords;
        found = Math.min(found + 1, k);
    }

    private boolean full() {
        return found == k;
    }

    private int lastScore() {
        return bestScores[found - 1];
    }

    /**
     * One list walked: in place order, where every item scores its base for words and unit (no amounts to compare),
     * or outwards from the amount brought, where the next item on either side bounds the rest of that side. An
     * outward cursor finds where to start only when it is first the most promising.
     */
    private final class Cursor {
        int[] places;
        Shares shares;
        int word;
        int other;
        private int base;
        private boolean outward;
        private boolean started;
        private int lo;
        private int hi;
        private int left;
        private int right;

        /** Points it at a list, from its start. */
        void set(int[] places, int base, Shares shares, int word, int other, boolean outward) {
            this.places = places;
            this.base = base;
            this.shares = shares;
            this.word = word;
            this.other = other;
            this.outward = outward;
            this.started = !outward;
            hi = 0;
        }

        /** What the next item could score at most; -1 when no item left can beat or tie the last of the best. */
        int bound() {
            if (!started) {
                return base + Matching.AMOUNT_POINTS;
            }
            if (outward) {
                return left < 0 && right < 0 ? -1 : base + Math.max(left, right);
            }
            if (hi >= places.length
                    || full() && (base < lastScore() || base == lastScore() && places[hi] > bestPlaces[found - 1])) {
                return -1; // in place order: the rest come later than the last of the best, so cannot tie it
            }
            return base;
        }

        /** Finds where to start, the first time; true when it did. */
        boolean start() {
            if (started) {
                return false;
            }
            started = true;
            hi = postings.firstAtLeast(places, amount, size);
            lo = hi - 1;
            left = pointsAt(lo);
            right = pointsAt(hi);
            return true;
        }

        /** The next place, the cursor moved past it. */
        int take() {
            if (!outward) {
                return places[hi++];
            }
            if (left >= right) {
                int place = places[lo--];
                left = pointsAt(lo);
                return place;
            }
            int place = places[hi++];
            right = pointsAt(hi);
            return place;
        }

        private int pointsAt(int i) {
            return i < 0 || i >= places.length ? -1 : amountPoints(places[i]);
        }
    }
}
