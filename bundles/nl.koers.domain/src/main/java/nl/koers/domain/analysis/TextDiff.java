package nl.koers.domain.analysis;

import java.util.ArrayList;
import java.util.List;

import nl.koers.domain.analysis.Segment.Change;

/**
 * Compares two texts word by word, for showing two versions of the shared ambition side by side with the
 * changes marked.
 *
 * <p>A text is cut into words (letters and digits, with a hyphen or apostrophe inside a word kept in it) and
 * single punctuation marks, each carrying the white space that follows it. The longest common sequence of
 * words is kept as {@link Change#SAME}; the rest is {@link Change#REMOVED} from the text before or
 * {@link Change#ADDED} in the text after. When a word stays but the space after it changes (a line break
 * where there was a space), only the space is marked. Within a stretch of changes, what was removed comes
 * before what was added, and neighbouring segments of the same change are joined, so a rewritten phrase reads
 * as one removed phrase followed by one added phrase.
 *
 * <p>Joining the texts of the {@code SAME} and {@code ADDED} segments, in order, gives the text after; joining
 * {@code SAME} and {@code REMOVED} gives the text before.
 */
public final class TextDiff {
    /** Beyond this many word pairs, the words between the common start and end are compared as one block. */
    private static final long MAX_CELLS = 25_000_000L;

    private TextDiff() {
    }

    private record Token(String word, String space) {
        String text() {
            return word + space;
        }
    }

    /**
     * The segments that turn {@code before} into {@code after}. Identical texts give one {@code SAME}
     * segment, an empty text before gives one {@code ADDED} segment; two empty texts give no segments. Null
     * counts as empty.
     */
    public static List<Segment> words(String before, String after) {
        List<Token> a = tokens(before == null ? "" : before);
        List<Token> b = tokens(after == null ? "" : after);
        List<Segment> raw = new ArrayList<>();

        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).word().equals(b.get(start).word())) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).word().equals(b.get(endB - 1).word())) {
            endA--;
            endB--;
        }
        for (int i = 0; i < start; i++) {
            same(raw, a.get(i), b.get(i));
        }
        middle(raw, a.subList(start, endA), b.subList(start, endB));
        for (int i = endA, j = endB; i < a.size(); i++, j++) {
            same(raw, a.get(i), b.get(j));
        }
        return merge(raw);
    }

    /** The longest common subsequence of the words between the common start and the common end. */
    private static void middle(List<Segment> out, List<Token> a, List<Token> b) {
        int n = a.size();
        int m = b.size();
        if ((long) n * m > MAX_CELLS) {
            a.forEach(t -> out.add(new Segment(Change.REMOVED, t.text())));
            b.forEach(t -> out.add(new Segment(Change.ADDED, t.text())));
            return;
        }
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).word().equals(b.get(j).word())
                        ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n && j < m) {
            if (a.get(i).word().equals(b.get(j).word())) {
                same(out, a.get(i++), b.get(j++));
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                out.add(new Segment(Change.REMOVED, a.get(i++).text()));
            } else {
                out.add(new Segment(Change.ADDED, b.get(j++).text()));
            }
        }
        while (i < n) {
            out.add(new Segment(Change.REMOVED, a.get(i++).text()));
        }
        while (j < m) {
            out.add(new Segment(Change.ADDED, b.get(j++).text()));
        }
    }

    /** A word that stayed; its following space is marked only if it changed. */
    private static void same(List<Segment> out, Token before, Token after) {
        out.add(new Segment(Change.SAME, before.word()));
        if (before.space().equals(after.space())) {
            out.add(new Segment(Change.SAME, before.space()));
        } else {
            out.add(new Segment(Change.REMOVED, before.space()));
            out.add(new Segment(Change.ADDED, after.space()));
        }
    }

    /**
     * Drops empty segments; within each stretch of changes puts the removed text before the added text; joins
     * neighbours of the same change.
     */
    private static List<Segment> merge(List<Segment> raw) {
        List<Segment> out = new ArrayList<>();
        StringBuilder removed = new StringBuilder();
        StringBuilder added = new StringBuilder();
        StringBuilder same = new StringBuilder();
        for (Segment s : raw) {
            if (s.text().isEmpty()) {
                continue;
            }
            switch (s.change()) {
                case SAME -> {
                    flush(out, Change.REMOVED, removed);
                    flush(out, Change.ADDED, added);
                    same.append(s.text());
                }
                case REMOVED -> {
                    flush(out, Change.SAME, same);
                    removed.append(s.text());
                }
                case ADDED -> {
                    flush(out, Change.SAME, same);
                    added.append(s.text());
                }
            }
        }
        flush(out, Change.REMOVED, removed);
        flush(out, Change.ADDED, added);
        flush(out, Change.SAME, same);
        return List.copyOf(out);
    }

    private static void flush(List<Segment> out, Change change, StringBuilder text) {
        if (!text.isEmpty()) {
            out.add(new Segment(change, text.toString()));
            text.setLength(0);
        }
    }

    /**
     * Cuts a text into words and punctuation marks, each with the white space after it. White space at the
     * very start is a token of its own with an empty word.
     */
    private static List<Token> tokens(String s) {
        List<Token> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        int lead = spaceEnd(s, 0);
        if (lead > 0) {
            out.add(new Token("", s.substring(0, lead)));
            i = lead;
        }
        while (i < n) {
            int wordEnd = wordEnd(s, i);
            int spaceEnd = spaceEnd(s, wordEnd);
            out.add(new Token(s.substring(i, wordEnd), s.substring(wordEnd, spaceEnd)));
            i = spaceEnd;
        }
        return out;
    }

    private static int spaceEnd(String s, int from) {
        int i = from;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** The end of the word or punctuation mark that starts at {@code from} (not white space). */
    private static int wordEnd(String s, int from) {
        int cp = s.codePointAt(from);
        int i = from + Character.charCount(cp);
        if (!isWordChar(cp)) {
            return i;
        }
        while (i < s.length()) {
            int next = s.codePointAt(i);
            if (isWordChar(next)) {
                i += Character.charCount(next);
            } else if (isJoiner(next) && i + 1 < s.length() && isWordChar(s.codePointAt(i + 1))) {
                i += Character.charCount(next);
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '-' || cp == '\'' || cp == '\u2019' || cp == '\u2010' || cp == '\u00ad';
    }
}
