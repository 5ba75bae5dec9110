package nl.koers.campaigns.kill;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.koers.domain.Texts;

/** The numbers of a kill campaign: rounds, saves, what was damaged or lost, leftovers, and every violation. */
public final class KillReport {
    /** A round that broke the contract; the campaign seed reproduces the kill moments. */
    public record Violation(int round, List<String> what) {
    }

    private final long seed;
    private final int planned;
    private final int autosave;
    private final List<Violation> violations = new ArrayList<>();
    private int rounds;
    private int sigkills;
    private int saves;
    private int recoveries;
    private int damaged;
    private int lost;
    private int fileWasNext;
    private int copyWasNext;
    private int historyOfCurrent;
    private int midSave;
    private int leftoverBeside;
    private int leftoverData;
    private long nanos;

    KillReport(long seed, int planned, int autosave) {
        this.seed = seed;
        this.planned = planned;
        this.autosave = autosave;
    }

    void round(boolean sigkill, int saved, int recovered, boolean fileNext, boolean copyNext,
            boolean historyHoldsCurrent, boolean killedMidSave, List<String> wrong) {
        historyOfCurrent += historyHoldsCurrent ? 1 : 0;
        midSave += killedMidSave ? 1 : 0;
        rounds++;
        sigkills += sigkill ? 1 : 0;
        saves += saved;
        recoveries += recovered;
        fileWasNext += fileNext ? 1 : 0;
        copyWasNext += copyNext ? 1 : 0;
        damaged += wrong.stream().anyMatch(w -> w.startsWith("damaged")) ? 1 : 0;
        lost += wrong.stream().anyMatch(w -> w.startsWith("lost")) ? 1 : 0;
        if (!wrong.isEmpty()) {
            violations.add(new Violation(rounds, List.copyOf(wrong)));
        }
    }

    void finished(long took, int beside, int inData) {
        nanos = took;
        leftoverBeside = beside;
        leftoverData = inData;
    }

    public int rounds() {
        return rounds;
    }

    public int sigkills() {
        return sigkills;
    }

    public int saves() {
        return saves;
    }

    public int recoveries() {
        return recoveries;
    }

    /**
     * Rounds whose kill came in the middle of a save of the dossier, before its rename: where a save that writes
     * the file in place would have left half a file.
     */
    public int killedMidSave() {
        return midSave;
    }

    public int damaged() {
        return damaged;
    }

    public int lost() {
        return lost;
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    public void print(PrintStream out, Texts texts) {
        out.println(texts.format("kill.title", planned, String.valueOf(seed), autosave));
        out.println(texts.format("kill.sigkill", sigkills, rounds));
        out.println(texts.format("kill.rounds", rounds, saves, recoveries));
        out.println(texts.format("kill.damaged", damaged));
        out.println(texts.format("kill.lost", lost));
        out.println(texts.format("kill.afterRename", fileWasNext, copyWasNext));
        out.println(texts.format("kill.history", historyOfCurrent));
        out.println(texts.format("kill.midSave", midSave, rounds));
        out.println(texts.format("kill.leftovers", leftoverBeside, leftoverData));
        out.println(texts.format("kill.duration", String.format(Locale.ROOT, "%.1f", nanos / 1e9)));
        for (Violation v : violations.subList(0, Math.min(violations.size(), 25))) {
            out.println(texts.format("kill.violation", v.round(), String.join(" | ", v.what())));
        }
    }
}
