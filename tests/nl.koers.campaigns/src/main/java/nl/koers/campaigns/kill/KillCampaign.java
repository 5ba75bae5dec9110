package nl.koers.campaigns.kill;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import nl.koers.campaigns.ChildJvm;
import nl.koers.campaigns.GrowingDossier;
import nl.koers.domain.Dossier;
import nl.koers.store.DossierFileException;
import nl.koers.store.HistoryEntry;
import nl.koers.store.RecoveryCopy;
import nl.koers.store.RecoveryStore;
import nl.koers.store.internal.FileLocalHistory;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Starts a {@link Saver} in a child JVM, kills it with SIGKILL at a random moment, and checks what a user would
 * find at the next start: the dossier file opens and is exactly a version that was saved (the last one the child
 * reported, or the one it was writing when it died), the recovery copy on offer holds the newest autosave, the
 * local history opens, and nothing the child left behind gets in the way. Then the user keeps or declines the
 * copy (at random) and works on, in a new child. Every other child writes the dossier slowly, so that many kills
 * land in the middle of a save: a save that is not atomic is caught there.
 */
public final class KillCampaign {
    /** A child that has not said "ready" by then is broken, not slow. */
    private static final long READY_SECONDS = 60;
    /** How long after "ready" the kill comes, at most: the child saves many times in that while. */
    static final int MAX_KILL_DELAY_MILLIS = 500;
    /** The pause before every kilobyte a slow child writes: a save of the dossier then takes tens of milliseconds. */
    static final long SLOW_PAUSE_MILLIS = 1;

    private final long seed;
    private final Path data;
    private final Path file;
    private final PrintStream progress;
    private final JsonDossierStore store = new JsonDossierStore();
    private final GrowingDossier expected = new GrowingDossier();
    private final GrowingDossier older = new GrowingDossier();

    /** @param work an empty folder for the dossier and the data folder; {@code progress} gets a dot per round */
    public KillCampaign(long seed, Path work, PrintStream progress) throws IOException {
        this.seed = seed;
        this.data = Files.createDirectories(work.resolve("data"));
        this.file = Files.createDirectories(work.resolve("dossiers")).resolve("kill.koers");
        this.progress = progress;
    }

    public KillReport run(int rounds) throws IOException, InterruptedException {
        KillReport report = new KillReport(seed, rounds, Saver.AUTOSAVE);
        Random random = new Random(seed);
        RecoveryStore recovery = new FileRecoveryStore(data);
        store.write(expected.at(0), file);
        int onDisk = 0;
        long start = System.nanoTime();
        for (int round = 1; round <= rounds; round++) {
            int tempsBefore = leftovers(file.getParent());
            ChildJvm child = ChildJvm.start(Saver.class, data.resolve("children.err"),
                    List.of(Saver.SLOW_WRITES + "=" + slowWrites(round)), data.toString(), file.toString(),
                    String.valueOf(onDisk), "session-" + round);
            List<String> wrong = new ArrayList<>();
            if (!child.awaitReady(READY_SECONDS)) {
                wrong.add("the child never got ready: " + child.errors());
                child.kill();
                report.round(false, 0, 0, false, false, false, false, wrong);
                continue;
            }
            Thread.sleep(random.nextInt(MAX_KILL_DELAY_MILLIS + 1));
            int exit = child.kill();
            // a temp file more beside the dossier: the kill came in the middle of a save, before its rename
            boolean midSave = leftovers(file.getParent()) > tempsBefore;
            Events events = Events.of(child.lines(), onDisk);
            if (exit != 137) {
                wrong.add("the child did not die of SIGKILL but exited with " + exit + ": " + child.errors());
            }
            if (Files.exists(data.resolve("orderly-exit-session-" + round))) {
                wrong.add("the child ran its shutdown hooks: it was not killed hard");
            }
            int fileRound = checkFile(events, wrong);
            int copyRound = checkRecovery(recovery, events, fileRound, wrong);
            boolean historyHoldsCurrent = checkHistory(fileRound, wrong) > 0;
            int recovered = Math.max(fileRound, copyRound);
            boolean lost = recovered < events.newestOnDisk() || events.lastEdit() - recovered > Saver.AUTOSAVE;
            if (lost) {
                wrong.add("lost: recovered round " + recovered + ", newest on disk " + events.newestOnDisk()
                        + ", last edit " + events.lastEdit());
            }
            onDisk = fileRound < 0 ? onDisk : fileRound;
            if (copyRound > onDisk && random.nextBoolean()) {
                // the user keeps the recovery copy: it opens as the dossier, and the user saves it
                store.write(expected.at(copyRound), file);
                onDisk = copyRound;
            }
            recovery.pending().forEach(c -> recovery.discard(c.sessionKey()));
            report.round(exit == 137, events.saves(), events.recoveries(), fileRound == events.nextSave(),
                    copyRound >= 0 && copyRound == events.nextRecovery(), historyHoldsCurrent, midSave, wrong);
            progress.print(wrong.isEmpty() ? "." : "!");
            if (round % 50 == 0 || round == rounds) {
                progress.println(" " + round);
            }
        }
        report.finished(System.nanoTime() - start, leftovers(file.getParent()), leftovers(data));
        return report;
    }

    /**
     * Every other child writes the dossier slowly ({@link Saver#SLOW_WRITES}), so that its kill lands in the middle
     * of a save more often than not; the others write at the disk's own speed and save many times more.
     */
    private static long slowWrites(int round) {
        return round % 2 == 0 ? SLOW_PAUSE_MILLIS : 0;
    }

    /** The round the file holds, or -1 when it does not open or is no saved version. */
    private int checkFile(Events events, List<String> wrong) {
        Dossier found;
        try {
            found = store.read(file);
        } catch (DossierFileException e) {
            wrong.add("damaged: the dossier does not open: " + e.getMessage());
            return -1;
        }
        for (int candidate : new int[] {events.lastSave(), events.nextSave()}) {
            if (found.equals(expected.at(candidate))) {
                return candidate;
            }
        }
        wrong.add("damaged: the file is neither saved version " + events.lastSave() + " nor " + events.nextSave()
                + " but holds '" + found.title() + "'");
        return -1;
    }

    /** The round of the recovery copy on offer, or -1 when none is offered. */
    private int checkRecovery(RecoveryStore recovery, Events events, int fileRound, List<String> wrong) {
        List<RecoveryCopy> pending = recovery.pending();
        if (pending.size() > 1) {
            wrong.add("more than one recovery copy offered: " + pending);
        }
        // a save that finished unreported makes the last copy redundant: then it need not be offered
        boolean required = events.lastRecovery() > Math.max(events.lastSave(), fileRound);
        if (pending.isEmpty()) {
            if (required) {
                wrong.add("lost: no recovery copy offered, but round " + events.lastRecovery() + " reached it");
            }
            return -1;
        }
        RecoveryCopy copy = pending.get(0);
        if (copy.origin().isEmpty() || !copy.origin().get().equals(file.toAbsolutePath().normalize())) {
            wrong.add("the recovery copy names another file: " + copy.origin());
        }
        Dossier found;
        try {
            found = recovery.read(copy);
        } catch (DossierFileException e) {
            wrong.add("damaged: the recovery copy on offer does not open: " + e.getMessage());
            return -1;
        }
        List<Integer> allowed = required ? List.of(events.lastRecovery(), events.nextRecovery())
                : List.of(events.nextRecovery());
        for (int candidate : allowed) {
            if (found.equals(expected.at(candidate))) {
                if (copy.partners() != found.partners().size() || !copy.title().equals(found.title())) {
                    wrong.add("the recovery copy's summary does not match its content: " + copy);
                }
                return candidate;
            }
        }
        wrong.add("the recovery copy on offer is none of rounds " + allowed + " but holds '" + found.title()
                + "' (what the child said: " + events + ", the file holds round " + fileRound + "; " + copy + ")");
        return -1;
    }

    /**
     * Every kept earlier version opens and is a version that was saved before the current one (or is the current
     * one); returns how many are the current one.
     */
    private int checkHistory(int fileRound, List<String> wrong) {
        int historyOfCurrent = 0;
        List<HistoryEntry> entries = new FileLocalHistory(data, Saver.HISTORY).entries(file);
        // one more is fine: a kill between keeping the old version and pruning; the next save prunes
        if (entries.size() > Saver.HISTORY + 1) {
            wrong.add("the history keeps " + entries.size() + " versions, not " + Saver.HISTORY);
        }
        for (HistoryEntry entry : entries.reversed()) { // oldest first: the expected versions move forward
            try {
                Dossier kept = new FileLocalHistory(data, Saver.HISTORY).read(entry);
                int round = Integer.parseInt(kept.title().replaceAll("\\D+", ""));
                // equal to the file is fine: the kill came after the old version was kept and before the rename
                if (fileRound >= 0 && round > fileRound || !kept.equals(older.at(round))) {
                    wrong.add("the history holds a version that was never saved before this one: " + kept.title()
                            + " (the file holds round " + fileRound + ")");
                }
                historyOfCurrent += round == fileRound ? 1 : 0;
            } catch (DossierFileException | NumberFormatException e) {
                wrong.add("damaged: a version in the history does not open: " + entry + ": " + e.getMessage());
            }
        }
        return historyOfCurrent;
    }

    /** Temporary files of writes that a kill interrupted, under a folder. */
    private static int leftovers(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return (int) all.filter(p -> p.getFileName().toString().endsWith(".saving")).count();
        }
    }

    /** What the child said it did, and what it would have written next. */
    record Events(int start, int lastEdit, int lastSave, int lastRecovery, int saves, int recoveries) {
        static Events of(List<String> lines, int start) {
            int edit = start;
            int save = start;
            int copy = -1;
            int saves = 0;
            int copies = 0;
            for (String line : lines) {
                String[] words = line.split(" ");
                int n = Integer.parseInt(words[1]);
                switch (words[0]) {
                    case "edit" -> edit = n;
                    case "saved" -> {
                        save = n;
                        saves++;
                    }
                    case "recovery" -> {
                        copy = n;
                        copies++;
                    }
                    default -> {
                    }
                }
            }
            return new Events(start, edit, save, copy, saves, copies);
        }

        /** The newest round that a completed write put on disk. */
        int newestOnDisk() {
            return Math.max(lastSave, lastRecovery);
        }

        /** The save the child may have finished but not yet reported when it died. */
        int nextSave() {
            return (Math.max(lastSave, lastEdit - 1) / Saver.SAVE + 1) * Saver.SAVE;
        }

        /** The recovery copy the child may have finished but not yet reported. */
        int nextRecovery() {
            int r = Math.max(lastEdit - 1, Math.max(lastRecovery, start));
            do {
                r++;
            } while (r % Saver.AUTOSAVE != 0 || r % Saver.SAVE == 0);
            return r;
        }
    }
}
