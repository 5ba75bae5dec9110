package nl.koers.campaigns.cross;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.koers.domain.Texts;

/** The numbers of a cross-process campaign: children, kills, saves, refusals, what was lost or damaged. */
public final class CrossReport {
    /** A round that broke the contract; round {@code rounds + 1} is the check at the end. */
    public record Violation(int round, List<String> what) {
    }

    private final long seed;
    private final int planned;
    private final int atOnce;
    private final List<Violation> violations = new ArrayList<>();
    private int rounds;
    private int windows;
    private int commands;
    private int kills;
    private int ended;
    private int saves;
    private int refused;
    private int damaged;
    private int copies;
    private int versions;
    private boolean nextProcessSaved;
    private int names;
    private int lost;
    private int leftoverBeside;
    private int leftoverData;
    private long nanos;

    CrossReport(long seed, int planned, int atOnce) {
        this.seed = seed;
        this.planned = planned;
        this.atOnce = atOnce;
    }

    void started(boolean window) {
        windows += window ? 1 : 0;
        commands += window ? 0 : 1;
    }

    void killed() {
        kills++;
    }

    void ended() {
        ended++;
    }

    void saved() {
        saves++;
    }

    void refusedOpen() {
        refused++;
    }

    /** The recovery copies found (and opened) at the last check. */
    void copies(int found) {
        copies = found;
    }

    /** The versions in the local history found (and opened) at the last check. */
    void versions(int found) {
        versions = found;
    }

    void nextProcessOpenedAndSaved() {
        nextProcessSaved = true;
    }

    void round(List<String> wrong) {
        rounds++;
        damaged += wrong.stream().anyMatch(w -> w.startsWith("damaged")) ? 1 : 0;
        if (!wrong.isEmpty()) {
            violations.add(new Violation(rounds, List.copyOf(wrong)));
        }
    }

    void finished(long took, int savedNames, int lostNames, int beside, int inData) {
        nanos = took;
        names = savedNames;
        lost = lostNames;
        leftoverBeside = beside;
        leftoverData = inData;
    }

    public int children() {
        return windows + commands;
    }

    public int windows() {
        return windows;
    }

    public int commands() {
        return commands;
    }

    public int kills() {
        return kills;
    }

    public int saves() {
        return saves;
    }

    public int refused() {
        return refused;
    }

    /** Names reported saved that the file did not hold at a later check. */
    public int lost() {
        return lost;
    }

    /** Rounds in which the dossier, a recovery copy or a version in the history did not open. */
    public int damaged() {
        return damaged;
    }

    /** Whether a new process, with every child gone, opened the dossier without waiting and saved it. */
    public boolean nextProcessSaved() {
        return nextProcessSaved;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public void print(PrintStream out, Texts texts) {
        out.println(texts.format("cross.title", planned, atOnce, String.valueOf(seed)));
        out.println(texts.format("cross.children", windows + commands, windows, commands, kills, ended));
        out.println(texts.format("cross.saves", saves, names, refused));
        out.println(texts.format("cross.lost", lost));
        out.println(texts.format("cross.damaged", damaged));
        out.println(texts.format("cross.end", copies, versions, nextProcessSaved ? 1 : 0));
        out.println(texts.format("cross.leftovers", leftoverBeside, leftoverData));
        out.println(texts.format("cross.duration", String.format(Locale.ROOT, "%.1f", nanos / 1e9)));
        for (Violation v : violations.subList(0, Math.min(violations.size(), 25))) {
            out.println(texts.format("cross.violation", v.round(), String.join(" | ", v.what())));
        }
    }
}
