package nl.koers.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.koers.domain.Texts;

/**
 * The benchmark's one table: a row per measure, a column per number of partners, and the goals of issue 15 as
 * PASS/FAIL beside the numbers. A row that returns every pair shows the pairs beside its time and how much they
 * grew in place of a verdict. Printed for the terminal and written as Markdown.
 */
final class Table {
    static final int GOAL_SIZE = 200;
    static final int GROWTH_FROM = 200;
    static final int GROWTH_TO = 1000;
    static final double GROWTH = 6;
    static final double EDIT_MILLIS = 50;
    /** The longest the window may freeze while a facilitator walks through the steps, at every size. */
    static final double FREEZE_MILLIS = 100;
    /** A report chapter, figures included, at 200 partners: "well under a second" (issue 16). */
    static final double CHAPTER_MILLIS = 500;
    static final double RESIDENT_MB = 250;
    static final double RATIO = 1.25;

    /** What one cell holds: a figure, or why there is none. */
    private record Cell(double value, String text) {
    }

    private final List<Integer> sizes;
    private final Map<Integer, Double> megabytes = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Cell>> rows = new LinkedHashMap<>();
    /** Per row that returns every pair, how many pairs at each size. */
    private final Map<String, Map<Integer, Long>> pairs = new LinkedHashMap<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final Texts texts;
    private double ratio = Double.NaN;
    private String ratioText;

    Table(List<Integer> sizes, Texts texts) {
        this.sizes = sizes;
        this.texts = texts;
        for (String key : rowKeys()) {
            rows.put(key, new LinkedHashMap<>());
        }
    }

    static List<String> rowKeys() {
        List<String> keys = new ArrayList<>(List.of("store.read", "store.parse", "store.write"));
        keys.addAll(Analyses.all().keySet());
        keys.addAll(List.of("window.start", "window.rss"));
        EditSteps.all().forEach(step -> keys.add(step.key()));
        WalkSteps.all().forEach(walk -> keys.add(walk.key()));
        keys.add(WalkSteps.SWITCH);
        keys.add(WalkSteps.PREVIEW);
        keys.add(WalkSteps.CLOSE);
        return keys;
    }

    synchronized void fileSize(int size, long bytes) {
        megabytes.put(size, bytes / 1e6);
    }

    synchronized void put(String key, int size, double value) {
        rows.get(key).put(size, new Cell(value, null));
    }

    synchronized void pairs(String key, int size, long count) {
        pairs.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(size, count);
    }

    synchronized void tooSlow(String key, int size, long limitSeconds) {
        rows.get(key).put(size, new Cell(Double.POSITIVE_INFINITY, "> " + limitSeconds + " s"));
    }

    /**
     * Measures that were too slow at a smaller size: not tried again at a larger one, where they would only be
     * slower, so that the whole benchmark ends in reasonable time.
     */
    synchronized java.util.Set<String> tooSlowBefore(int size, long limitSeconds) {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>();
        rows.forEach((key, cells) -> cells.forEach((at, cell) -> {
            if (at < size && Double.isInfinite(cell.value())) {
                keys.add(key);
            }
        }));
        keys.forEach(key -> {
            tooSlow(key, size, limitSeconds);
            note(key, "carried");
        });
        return keys;
    }

    synchronized void broken(String key, int size) {
        rows.get(key).put(size, new Cell(Double.NaN, texts.get("cell.broken")));
    }

    synchronized void skipped(String key, int size, String why) {
        rows.get(key).put(size, new Cell(Double.NaN, "–"));
        if (!why.equals("only")) {
            note(key, why); // what --only leaves out, the command line says
        }
    }

    synchronized void note(String key, String note) {
        List<String> list = notes.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(note)) {
            list.add(note);
        }
    }

    synchronized void ratio(double value, String why) {
        ratio = value;
        ratioText = why;
    }

    /** The table as lines of cells: a heading line first. */
    synchronized List<List<String>> cells() {
        List<List<String>> out = new ArrayList<>();
        List<String> heading = new ArrayList<>(List.of(texts.get("heading.measure")));
        for (int size : sizes) {
            heading.add(megabytes.containsKey(size)
                    ? texts.format("heading.size", size, String.format(Locale.ROOT, "%.1f", megabytes.get(size)))
                    : "N=" + size);
        }
        heading.addAll(List.of(texts.format("heading.growth", GROWTH_FROM, GROWTH_TO),
                texts.format("heading.goal", GOAL_SIZE), texts.format("heading.growthGoal", GROWTH)));
        out.add(heading);
        for (Map.Entry<String, Map<Integer, Cell>> row : rows.entrySet()) {
            String key = row.getKey();
            List<String> line = new ArrayList<>(List.of(texts.get("row." + key)));
            for (int size : sizes) {
                line.add(show(key, row.getValue().get(size), pairs.getOrDefault(key, Map.of()).get(size)));
            }
            line.add(growth(row.getValue()));
            line.add(goal(key, row.getValue().get(GOAL_SIZE)));
            line.add(key.equals(Analyses.VISIT) ? texts.get("goal.visitGrowth") : outputBound(key) ? pairsGrowth(key)
                    : listed(key) ? growthGoal(row.getValue()) + " (" + pairsGrowth(key) + ")" : growthGoal(row.getValue()));
            out.add(line);
        }
        List<String> ratioLine = new ArrayList<>(List.of(texts.get("row.startup.ratio")));
        for (int i = 0; i < sizes.size(); i++) {
            ratioLine.add(i == 0 ? (Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f", ratio)) : "");
        }
        ratioLine.add("");
        ratioLine.add(Double.isNaN(ratio) ? "–" : verdict(ratio <= RATIO, texts.format("goal.ratio", RATIO)));
        ratioLine.add("");
        out.add(ratioLine);
        return out;
    }

    synchronized List<String> notes() {
        List<String> out = new ArrayList<>();
        notes.forEach((key, list) -> list.forEach(n -> out.add(texts.get("row." + key) + ": " + text(n))));
        if (ratioText != null) {
            out.add(ratioText);
        }
        return out;
    }

    /** A note's words: a key of the texts, one with a size and what else it tells after each {@code @}, or the note. */
    private String text(String note) {
        String[] parts = note.split("@");
        if (parts.length >= 2 && texts.has("note." + parts[0])) {
            Object[] args = new Object[parts.length - 1];
            args[0] = Integer.valueOf(parts[1]);
            System.arraycopy(parts, 2, args, 1, parts.length - 2);
            return texts.format("note." + parts[0], args);
        }
        return texts.has("note." + note) ? texts.get("note." + note) : note;
    }

    /** Whether every cell of every row has a figure or says why it has none. */
    synchronized boolean complete() {
        return rows.values().stream().allMatch(r -> sizes.stream().allMatch(r::containsKey));
    }

    private String show(String key, Cell cell, Long pairCount) {
        if (cell == null) {
            return "";
        }
        if (cell.text() != null) {
            return cell.text();
        }
        if (pairCount != null) {
            return texts.format(listed(key) ? "cell.listed." + key : "cell.pairs", time(cell.value()), pairCount);
        }
        if (key.startsWith("walk.")) {
            // the freeze goal holds at every size, not only at N=200
            return time(cell.value()) + " " + texts.get(cell.value() < FREEZE_MILLIS ? "pass" : "fail");
        }
        return key.equals("window.rss") ? String.format(Locale.ROOT, "%.0f MB", cell.value()) : time(cell.value());
    }

    /** Whether the row returns every pair: its output alone grows with the square of the table. */
    private static boolean outputBound(String key) {
        Analyses.Analysis a = Analyses.all().get(key);
        return a != null && a.outputBound();
    }

    /** Whether the row lists pairs among what it prints: how many is shown beside its time, which is judged. */
    private static boolean listed(String key) {
        Analyses.Analysis a = Analyses.all().get(key);
        return a != null && a.listed() != null;
    }

    /** For a row bound by its output, or one that lists pairs: how much the pairs grew, to read the time's growth against; no verdict. */
    private String pairsGrowth(String key) {
        Map<Integer, Long> counts = pairs.getOrDefault(key, Map.of());
        Long from = counts.get(GROWTH_FROM);
        Long to = counts.get(GROWTH_TO);
        if (from == null || to == null || from == 0) {
            return "–";
        }
        return texts.format(listed(key) ? "goal.listed." + key : "goal.pairsGrowth",
                String.format(Locale.ROOT, "%.1f", (double) to / from));
    }

    static String time(double millis) {
        if (millis >= 1000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000);
        }
        if (millis >= 100) {
            return String.format(Locale.ROOT, "%.0f ms", millis);
        }
        if (millis >= 10) {
            return String.format(Locale.ROOT, "%.1f ms", millis);
        }
        return String.format(Locale.ROOT, "%.2f ms", millis);
    }

    private String growth(Map<Integer, Cell> row) {
        Cell from = row.get(GROWTH_FROM);
        Cell to = row.get(GROWTH_TO);
        if (!measured(from) || to == null || Double.isNaN(to.value())) {
            return "";
        }
        double times = to.value() / from.value();
        return Double.isInfinite(times)
                ? "> " + String.format(Locale.ROOT, "%.0f", limitOf(to) * 1000 / from.value()) + "×"
                : String.format(Locale.ROOT, "%.1f×", times);
    }

    private String growthGoal(Map<Integer, Cell> row) {
        Cell from = row.get(GROWTH_FROM);
        Cell to = row.get(GROWTH_TO);
        if (!measured(from) || to == null || Double.isNaN(to.value())) {
            return "–";
        }
        double times = Double.isInfinite(to.value()) ? limitOf(to) * 1000 / from.value() : to.value() / from.value();
        if (Double.isInfinite(to.value()) && times <= GROWTH) {
            return "?";
        }
        return verdict(times <= GROWTH, "");
    }

    private String goal(String key, Cell cell) {
        if (cell == null || Double.isNaN(cell.value())) {
            return "–";
        }
        if (key.startsWith("report.")) {
            return verdict(cell.value() < CHAPTER_MILLIS, texts.format("goal.chapter", CHAPTER_MILLIS));
        }
        if (outputBound(key)) {
            return texts.get("goal.outputBound");
        }
        if (key.equals(Analyses.VISIT)) {
            return texts.get("goal.visit");
        }
        if (Analyses.all().containsKey(key)) {
            Cell floor = rows.get("store.parse").get(GOAL_SIZE);
            return measured(floor) ? verdict(cell.value() <= floor.value(), texts.get("goal.floor")) : "–";
        }
        if (key.startsWith("edit.")) {
            return verdict(cell.value() < EDIT_MILLIS, texts.format("goal.edit", EDIT_MILLIS));
        }
        if (key.startsWith("walk.")) {
            return verdict(cell.value() < FREEZE_MILLIS, texts.format("goal.edit", FREEZE_MILLIS));
        }
        if (key.equals("window.rss")) {
            return verdict(cell.value() < RESIDENT_MB, texts.format("goal.resident", RESIDENT_MB));
        }
        return "";
    }

    private String verdict(boolean pass, String goal) {
        return (texts.get(pass ? "pass" : "fail") + " " + goal).strip();
    }

    private static boolean measured(Cell cell) {
        return cell != null && cell.text() == null && cell.value() > 0;
    }

    private static double limitOf(Cell cell) {
        return Double.parseDouble(cell.text().replaceAll("[^0-9]", ""));
    }
}
