package nl.koers.campaigns.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.koers.domain.Dossier;
import nl.koers.domain.analysis.BringGet;
import nl.koers.domain.analysis.CategoryBalance;
import nl.koers.store.DossierFileException;
import nl.koers.store.OpenedDossier;
import nl.koers.store.Problem;
import nl.koers.store.internal.JsonDossierStore;

/**
 * Damages valid dossier files in many ways and checks, for each, what a user relies on: {@code read} and
 * {@code open} return a dossier or a {@link DossierFileException} whose message names the file, within a second,
 * never another exception and never a hang; {@code validate} answers too; the file is byte for byte as it was;
 * and a dossier that opens can be saved and read back unchanged.
 */
public final class FuzzCampaign implements AutoCloseable {
    /** What a person waits at most for a damaged file to open or be refused. */
    public static final Duration LIMIT = Duration.ofSeconds(1);
    /** After this a read counts as hung and its worker is abandoned. */
    static final Duration HANG = Duration.ofSeconds(10);
    private static final Pattern MISSING_TEXT = Pattern.compile("!(problem|place|json|type|save|readOnly)\\.[\\w.]+!");

    private final long seed;
    private final List<Seed> seeds;
    private final Path cases;
    private final Path roundTrips;
    private final Path violations;
    private final JsonDossierStore store = new JsonDossierStore();
    private final TimedCall timed = new TimedCall(HANG);

    /** @param work an empty folder; damaged files are made in it, and those that show a violation are kept there */
    public FuzzCampaign(long seed, List<Seed> seeds, Path work) throws IOException {
        this.seed = seed;
        this.seeds = List.copyOf(seeds);
        this.cases = Files.createDirectories(work.resolve("cases"));
        this.roundTrips = Files.createDirectories(work.resolve("round-trips"));
        this.violations = work.resolve("violations");
    }

    public FuzzReport run(int files, PrintStream progress) throws IOException {
        FuzzReport report = new FuzzReport(seed, files);
        warmUp();
        long start = System.nanoTime();
        for (int i = 0; i < files; i++) {
            check(i, report);
            if ((i + 1) % 100 == 0) {
                progress.print('.');
            }
            if ((i + 1) % 5000 == 0 || i + 1 == files) {
                progress.println(" " + (i + 1));
            }
        }
        report.finished(System.nanoTime() - start);
        return report;
    }

    /** One case again, to reproduce a violation: {@code ./campaigns fuzz --seed S --case N}. */
    public FuzzReport runCase(int index) throws IOException {
        FuzzReport report = new FuzzReport(seed, 1);
        warmUp();
        long start = System.nanoTime();
        check(index, report);
        report.finished(System.nanoTime() - start);
        return report;
    }

    /** The first read makes the JSON mapper and loads classes: not what a damaged file costs, so not measured. */
    private void warmUp() throws IOException {
        Path file = cases.resolve("warm-up.koers");
        Files.write(file, seeds.get(0).bytes());
        try {
            store.read(file);
        } catch (DossierFileException e) {
            throw new IOException("the first seed does not open: " + e.getMessage(), e);
        } finally {
            Files.delete(file);
        }
    }

    private void check(int index, FuzzReport report) throws IOException {
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1)));
        Mutation kind = Mutation.values()[index % Mutation.values().length];
        Seed from = seeds.get(random.nextInt(seeds.size()));
        byte[] bytes = kind.apply(from, random);
        Path file = cases.resolve(String.format(Locale.ROOT, "case-%06d.koers", index));
        Files.write(file, bytes);
        byte[] digest = sha256(bytes);

        List<String> wrong = new ArrayList<>();
        TimedCall.Result<Dossier> read = timed.call(() -> store.read(file));
        contract("read", read, file, wrong);
        TimedCall.Result<OpenedDossier> open = timed.call(() -> store.open(file));
        contract("open", open, file, wrong);
        TimedCall.Result<List<Problem>> validate = timed.call(() -> store.validate(file));
        contract("validate", validate, file, wrong);
        consistent(read, open, validate, wrong);

        if (!Arrays.equals(digest, sha256(Files.readAllBytes(file)))) {
            wrong.add("the file changed on disk");
        }
        try (Stream<Path> left = Files.list(cases)) {
            List<Path> others = left.filter(p -> !p.equals(file)).toList();
            if (!others.isEmpty()) {
                wrong.add("files appeared beside it: " + others);
            }
        }
        if (read.value() != null) {
            roundTrip(read.value(), wrong);
            usable(read.value(), wrong);
        }

        String problemKind = read.thrown() instanceof DossierFileException e ? e.problem().kind().name() : null;
        report.add(index, kind, from.name(), read.value() != null, problemKind, Math.max(read.nanos(), open.nanos()),
                Math.max(read.cpuNanos(), open.cpuNanos()), bytes.length, wrong);
        if (wrong.isEmpty()) {
            Files.delete(file);
        } else {
            Files.createDirectories(violations);
            Files.move(file, violations.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void contract(String what, TimedCall.Result<?> result, Path file, List<String> wrong) {
        if (result.hung()) {
            wrong.add(what + ": no answer within " + HANG.toSeconds() + " s");
            return;
        }
        // the processor time of the reading thread is what the store costs; the clock also counts every other
        // process on a shared machine, so it is reported (max, p99) but not held against the store
        if (result.cpuNanos() > LIMIT.toNanos()) {
            wrong.add(String.format(Locale.ROOT, "%s: took %.0f ms of processor time (%.0f ms on the clock)", what,
                    result.cpuMillis(), result.millis()));
        }
        Throwable t = result.thrown();
        if (t == null) {
            if (result.value() == null) {
                wrong.add(what + ": returned null");
            }
            return;
        }
        if (!(t instanceof DossierFileException e) || "validate".equals(what)) {
            wrong.add(what + ": threw " + describe(t));
            return;
        }
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"))) {
            String message = e.message(locale);
            if (message == null || message.isBlank()) {
                wrong.add(what + ": empty message (" + locale + ")");
            } else if (!message.contains(file.toString())) {
                wrong.add(what + ": the message does not name the file (" + locale + "): " + clip(message));
            } else if (MISSING_TEXT.matcher(message).find()) {
                wrong.add(what + ": a text is missing (" + locale + "): " + clip(message));
            }
        }
        if (e.getMessage() == null || !e.getMessage().contains(file.toString())) {
            wrong.add(what + ": getMessage() does not name the file");
        }
    }

    /** read, open and validate must agree: open opens what read opens; only a newer schema opens read-only. */
    private static void consistent(TimedCall.Result<Dossier> read, TimedCall.Result<OpenedDossier> open,
            TimedCall.Result<List<Problem>> validate, List<String> wrong) {
        if (read.value() != null && open.value() == null && !open.hung()) {
            wrong.add("read opens it but open refuses it: " + describe(open.thrown()));
        }
        if (read.value() == null && open.value() != null && !open.value().readOnly()) {
            wrong.add("open opens it for editing but read refuses it: " + describe(read.thrown()));
        }
        if (read.thrown() instanceof DossierFileException && validate.value() != null && validate.value().isEmpty()) {
            wrong.add("read refuses it but validate finds no problem");
        }
    }

    /** A dossier that opened must also save, and read back as the same dossier: else the user's next save loses it. */
    private void roundTrip(Dossier dossier, List<String> wrong) {
        Path copy = roundTrips.resolve("saved.koers");
        TimedCall.Result<Dossier> back = timed.call(() -> {
            store.write(dossier, copy);
            return store.read(copy);
        });
        if (back.hung()) {
            wrong.add("save and read back: no answer within " + HANG.toSeconds() + " s");
        } else if (back.thrown() != null) {
            wrong.add("save and read back: " + describe(back.thrown()));
        } else if (!dossier.equals(back.value())) {
            wrong.add("save and read back: a different dossier");
        }
    }

    /**
     * A dossier that opened is shown at once: the exchange, the balances. If those cannot be computed from what the
     * file holds (an amount of 1e100000000 is one number to the parser, and a billion digits to a sum), the window
     * hangs as surely as if the read had.
     */
    private void usable(Dossier dossier, List<String> wrong) {
        TimedCall.Result<Integer> analysed = timed.call(() -> BringGet.findings(dossier).size()
                + BringGet.balances(dossier).size() + CategoryBalance.of(dossier).size());
        if (analysed.hung()) {
            wrong.add("opened, but the analyses of the exchange give no answer within " + HANG.toSeconds() + " s");
        } else if (analysed.thrown() != null) {
            wrong.add("opened, but the analyses of the exchange fail: " + describe(analysed.thrown()));
        } else if (analysed.cpuNanos() > LIMIT.toNanos()) {
            wrong.add(String.format(Locale.ROOT, "opened, but the analyses of the exchange take %.0f ms",
                    analysed.cpuMillis()));
        }
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "nothing";
        }
        StackTraceElement[] at = t.getStackTrace();
        String where = at.length == 0 ? "" : " at " + at[0];
        return t.getClass().getName() + ": " + clip(String.valueOf(t.getMessage())) + where;
    }

    private static String clip(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        timed.close();
    }
}
