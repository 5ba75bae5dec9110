package nl.koers.campaigns.cross;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import nl.koers.campaigns.ChildJvm;
import nl.koers.campaigns.kill.Saver;
import nl.koers.document.Document;
import nl.koers.document.DocumentException;
import nl.koers.document.internal.Registry;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.edit.Edits;
import nl.koers.store.DossierFileException;
import nl.koers.store.DossierLock;
import nl.koers.store.DossierLockedException;
import nl.koers.store.HistoryEntry;
import nl.koers.store.Problem;
import nl.koers.store.RecoveryCopy;
import nl.koers.store.internal.FileDossierLocks;
import nl.koers.store.internal.FileLocalHistory;
import nl.koers.store.internal.FileRecoveryStore;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Several Koers processes on one dossier file at once, as windows and headless commands share one: child JVMs
 * ({@link CrossChild}) open it through their own documents, wait for each other's locks, edit and save, and the
 * parent kills random ones with SIGKILL at random moments and starts new ones. After every kill, and at the end,
 * it checks what the next process finds: the file opens; every name a child reported saved is in it; every
 * recovery copy and every version in the history opens; a lock that a killed child held is taken over, never in
 * the way. At the end, when every child is gone, a new process opens the dossier without waiting and saves it.
 */
public final class CrossCampaign {
    /** Child processes at work at the same time. */
    static final int CHILDREN = 4;
    /** A child that has not said "ready" by then is broken, not slow. */
    private static final long READY_SECONDS = 60;
    /** The time between two kills, at least and at most. */
    private static final int MIN_PAUSE_MILLIS = 500;
    private static final int MAX_PAUSE_MILLIS = 2500;
    /** How often a lock that names a dead holder is tried before it counts as blocking (its taker may be writing). */
    private static final int LOCK_TRIES = 10;

    private final long seed;
    private final Path data;
    private final Path file;
    private final PrintStream progress;
    private final JsonDossierStore store = new JsonDossierStore();
    private final FileRecoveryStore recovery;
    private final FileDossierLocks locks = new FileDossierLocks();
    private final ObjectMapper json = new ObjectMapper();
    /** Every child started, alive or not, and how many of its lines were looked at. */
    private final Map<Child, Integer> read = new HashMap<>();
    private final Set<String> saved = new TreeSet<>();
    private final Set<String> lost = new TreeSet<>();
    private Random random;
    private int started;

    /** One child: its number (its names are {@code c<number>-<n>}), whether it is a window, and its JVM. */
    private record Child(int number, boolean window, ChildJvm jvm) {
        @Override
        public String toString() {
            return "child " + number + " (" + (window ? "window" : "command") + ", pid " + jvm.pid() + ")";
        }
    }

    /** @param work an empty folder for the dossier and the data folder; {@code progress} gets a dot per round */
    public CrossCampaign(long seed, Path work, PrintStream progress) throws IOException {
        this.seed = seed;
        this.data = Files.createDirectories(work.resolve("data"));
        this.file = Files.createDirectories(work.resolve("dossiers")).resolve("cross.koers");
        this.progress = progress;
        this.recovery = new FileRecoveryStore(data);
    }

    public CrossReport run(int rounds) throws IOException, InterruptedException {
        CrossReport report = new CrossReport(seed, rounds, CHILDREN);
        random = new Random(seed);
        store.write(Dossier.titled("Kruisproef"), file);
        long start = System.nanoTime();
        List<Child> alive = new ArrayList<>();
        while (alive.size() < CHILDREN) {
            alive.add(start(report));
        }
        for (int round = 1; round <= rounds; round++) {
            Thread.sleep(MIN_PAUSE_MILLIS + random.nextInt(MAX_PAUSE_MILLIS - MIN_PAUSE_MILLIS + 1));
            List<String> wrong = new ArrayList<>();
            replaceEnded(alive, report, wrong);
            Child victim = ready(alive, wrong);
            if (victim != null) {
                alive.remove(victim);
                kill(victim, report, wrong);
                check(victim.jvm().pid(), report, wrong);
                alive.add(start(report));
            }
            report.round(wrong);
            progress.print(wrong.isEmpty() ? "." : "!");
            if (round % 50 == 0 || round == rounds) {
                progress.println(" " + round);
            }
        }
        // the end: whoever is still at work is killed too; then the next process must find the dossier whole and free
        List<String> wrong = new ArrayList<>();
        for (Child child : alive) {
            kill(child, report, wrong);
        }
        check(0, report, wrong);
        nextProcess(report, wrong);
        report.round(wrong);
        report.finished(System.nanoTime() - start, saved.size(), lost.size(), leftovers(file.getParent()),
                leftovers(data));
        return report;
    }

    private Child start(CrossReport report) throws IOException {
        int number = ++started;
        boolean window = random.nextBoolean();
        long slow = random.nextBoolean() ? 1 : 0;
        ChildJvm jvm = ChildJvm.start(CrossChild.class, data.resolve("children.err"),
                List.of(Saver.SLOW_WRITES + "=" + slow), window ? "window" : "command", String.valueOf(number),
                file.toString(), data.toString(), String.valueOf(random.nextLong()));
        Child child = new Child(number, window, jvm);
        read.put(child, 0);
        report.started(window);
        return child;
    }

    /** Children that ended on their own (their work done) make room for new ones; they must have ended well. */
    private void replaceEnded(List<Child> alive, CrossReport report, List<String> wrong)
            throws IOException, InterruptedException {
        for (Child child : List.copyOf(alive)) {
            if (!child.jvm().isAlive()) {
                int exit = child.jvm().ended();
                if (exit != 0) {
                    wrong.add(child + " ended with exit code " + exit + " (see children.err)");
                }
                report.ended();
                alive.remove(child);
                alive.add(start(report));
            }
        }
    }

    /** A random child that is at work (said "ready"), waiting for one when none is yet. */
    private Child ready(List<Child> alive, List<String> wrong) throws InterruptedException {
        List<Child> ready = alive.stream().filter(c -> c.jvm().isReady()).toList();
        if (!ready.isEmpty()) {
            return ready.get(random.nextInt(ready.size()));
        }
        Child first = alive.get(random.nextInt(alive.size()));
        if (!first.jvm().awaitReady(READY_SECONDS)) {
            wrong.add(first + " never got ready: " + first.jvm().errors());
            return null;
        }
        return first;
    }

    private void kill(Child child, CrossReport report, List<String> wrong) throws InterruptedException {
        int exit = child.jvm().kill();
        if (exit == 137) {
            report.killed();
        } else if (exit == 0) {
            report.ended(); // its work was done just before the kill came
        } else {
            wrong.add(child + " ended with exit code " + exit + " (see children.err)");
        }
    }

    /** What the next process finds, after the kill of {@code killedPid} (0 at the end). */
    private void check(long killedPid, CrossReport report, List<String> wrong) throws InterruptedException {
        readLines(report, wrong); // before the file is read: everything reported saved must be in it
        checkFile(wrong);
        report.copies(checkRecoveryCopies(wrong));
        report.versions(checkHistory(wrong));
        checkLock(killedPid, wrong);
    }

    /** The children's new lines: what they saved, what was refused, and what should never happen. */
    private void readLines(CrossReport report, List<String> wrong) {
        for (Map.Entry<Child, Integer> entry : read.entrySet()) {
            List<String> lines = entry.getKey().jvm().lines();
            for (String line : lines.subList(entry.getValue(), lines.size())) {
                String[] words = line.split(" ");
                switch (words[0]) {
                    case "saved" -> {
                        report.saved();
                        saved.addAll(List.of(words).subList(1, words.length));
                    }
                    case "refused" -> {
                        if ("LOCKED".equals(words[1])) {
                            report.refusedOpen();
                        } else {
                            // the lock keeps every other process from saving: a change on disk means two held it
                            wrong.add(entry.getKey() + ": " + line + ": two processes held the lock at once");
                        }
                    }
                    case "failed" -> wrong.add(entry.getKey() + ": " + line);
                    default -> {
                    }
                }
            }
            entry.setValue(lines.size());
        }
    }

    private void checkFile(List<String> wrong) {
        Dossier found;
        try {
            found = store.read(file);
        } catch (DossierFileException e) {
            wrong.add("damaged: the dossier does not open: " + e.getMessage());
            return;
        }
        Set<String> names = found.partners().stream().map(Partner::name).collect(Collectors.toSet());
        List<String> missing = saved.stream().filter(n -> !names.contains(n)).toList();
        if (!missing.isEmpty()) {
            wrong.add("lost: reported saved, but not in the file: " + missing);
            lost.addAll(missing);
        }
    }

    /** Every recovery copy opens; returns how many there are. A copy discarded meanwhile is no copy. */
    private int checkRecoveryCopies(List<String> wrong) {
        int copies = 0;
        for (Path copy : files(data.resolve("recovery"), ".recovery.json")) {
            try {
                String session = json.readTree(Files.readAllBytes(copy)).path("sessionKey").asText();
                recovery.read(new RecoveryCopy(session, Optional.empty(), Instant.EPOCH, "", 0, 0, 0, 0));
                copies++;
            } catch (NoSuchFileException gone) {
                // discarded between the listing and the read
            } catch (DossierFileException e) {
                if (e.problem().kind() != Problem.Kind.NOT_FOUND) {
                    wrong.add("damaged: a recovery copy does not open: " + e.getMessage());
                }
            } catch (IOException e) {
                wrong.add("damaged: a recovery copy does not open: " + copy + ": " + e.getMessage());
            }
        }
        return copies;
    }

    /** Every version in the local history opens; returns how many there are. One pruned meanwhile is gone. */
    private int checkHistory(List<String> wrong) {
        FileLocalHistory history = new FileLocalHistory(data, CrossChild.HISTORY);
        int versions = 0;
        for (HistoryEntry entry : history.entries(file)) {
            try {
                history.read(entry);
                versions++;
            } catch (DossierFileException e) {
                if (e.problem().kind() != Problem.Kind.NOT_FOUND) {
                    wrong.add("damaged: a version in the history does not open: " + e.getMessage());
                }
            }
        }
        return versions;
    }

    /**
     * The lock is free, or held by a process that runs: a lock that a killed child held never stays in the way. A
     * taker may still be writing its name over the dead holder's, so a dead holder counts only when it stays.
     */
    private void checkLock(long killedPid, List<String> wrong) throws InterruptedException {
        for (int attempt = 1; attempt <= LOCK_TRIES; attempt++) {
            try (DossierLock free = locks.lock(file)) {
                return;
            } catch (DossierLockedException e) {
                long holder = e.holder().pid();
                boolean dead = holder > 0 && ProcessHandle.of(holder).map(p -> !p.isAlive()).orElse(true);
                if (!dead) {
                    return;
                }
                if (attempt == LOCK_TRIES) {
                    wrong.add("the lock of a process that no longer runs blocks the dossier"
                            + (holder == killedPid ? " (the child just killed)" : "") + ": " + e.getMessage());
                }
            }
            Thread.sleep(50);
        }
    }

    /** The next Koers, with every child gone: opens the dossier without waiting, adds one name, saves, closes. */
    private void nextProcess(CrossReport report, List<String> wrong) {
        Registry documents = new Registry(new JsonDossierStore(data, CrossChild.HISTORY), recovery,
                new FileLocalHistory(data, CrossChild.HISTORY), locks, CrossChild.AUTOSAVE_SECONDS);
        try {
            Document document = documents.open(file);
            try {
                document.apply(Edits.addPartner(Partner.of("next", Role.CORE))).join();
                document.save().join();
            } finally {
                document.close();
            }
            saved.add("next");
            report.nextProcessOpenedAndSaved();
            checkFile(wrong);
        } catch (DocumentException | CompletionException e) {
            wrong.add("the next process cannot open and save the dossier: " + e.getMessage());
        }
    }

    /** Files in a folder whose names end so; none when there is no such folder (yet). */
    private static List<Path> files(Path folder, String ending) {
        try (Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> p.getFileName().toString().endsWith(ending)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Temporary files of saves that a kill cut short, under a folder. */
    private static int leftovers(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return (int) all.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".saving") || n.endsWith(".part")).count();
        }
    }
}
