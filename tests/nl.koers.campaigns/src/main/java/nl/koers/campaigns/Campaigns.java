package nl.koers.campaigns;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import nl.koers.campaigns.cross.CrossCampaign;
import nl.koers.campaigns.cross.CrossReport;
import nl.koers.campaigns.fuzz.FuzzCampaign;
import nl.koers.campaigns.fuzz.FuzzReport;
import nl.koers.campaigns.fuzz.Seeds;
import nl.koers.campaigns.kill.KillCampaign;
import nl.koers.campaigns.kill.KillReport;
import nl.koers.domain.Texts;

/**
 * The full form of the campaigns, for {@code ./campaigns [kill N] [fuzz N] [cross N] [--seed S] [--case I] [--keep]}:
 * prints the numbers and exits 1 when any violation was found. Without arguments: kill 200 rounds, fuzz 10,000
 * files, cross 100 rounds.
 */
public final class Campaigns {
    private Campaigns() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Locale locale = "nl".equals(Locale.getDefault().getLanguage()) ? Locale.forLanguageTag("nl") : Locale.ENGLISH;
        Texts texts = CampaignTexts.load(locale);
        int kill = -1;
        int fuzz = -1;
        int cross = -1;
        long seed = System.nanoTime();
        int oneCase = -1;
        boolean keep = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "kill" -> kill = i + 1 < args.length && isNumber(args[i + 1]) ? Integer.parseInt(args[++i]) : 200;
                    case "fuzz" -> fuzz = i + 1 < args.length && isNumber(args[i + 1]) ? Integer.parseInt(args[++i]) : 10_000;
                    case "cross" -> cross = i + 1 < args.length && isNumber(args[i + 1]) ? Integer.parseInt(args[++i])
                            : 100;
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--case" -> oneCase = Integer.parseInt(args[++i]);
                    case "--keep" -> keep = true;
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
        } catch (RuntimeException e) {
            System.err.println(texts.get("usage"));
            System.exit(2);
        }
        if (kill < 0 && fuzz < 0 && cross < 0) {
            kill = 200;
            fuzz = 10_000;
            cross = 100;
        }
        Path work = Files.createTempDirectory("koers-campaigns");
        int violations = 0;
        if (fuzz >= 0 || oneCase >= 0) {
            Path samples = Path.of(System.getProperty("koers.campaigns.samples",
                    "bundles/nl.koers.shell/src/main/resources/samples"));
            Path fuzzWork = Files.createDirectories(work.resolve("fuzz"));
            try (FuzzCampaign campaign = new FuzzCampaign(seed, Seeds.load(samples, fuzzWork), fuzzWork)) {
                FuzzReport report = oneCase >= 0 ? campaign.runCase(oneCase) : campaign.run(fuzz, out);
                report.print(out, texts);
                violations += report.violations().size();
            }
        }
        if (kill > 0 && oneCase < 0) {
            KillReport report = new KillCampaign(seed, Files.createDirectories(work.resolve("kill")), out)
                    .run(kill);
            report.print(out, texts);
            violations += report.violations().size();
        }
        if (cross > 0 && oneCase < 0) {
            CrossReport report = new CrossCampaign(seed, Files.createDirectories(work.resolve("cross")), out)
                    .run(cross);
            report.print(out, texts);
            violations += report.violations().size();
        }
        if (violations == 0 && !keep) {
            delete(work);
        } else {
            out.println(work);
        }
        System.exit(violations == 0 ? 0 : 1);
    }

    private static boolean isNumber(String s) {
        return s.chars().allMatch(Character::isDigit) && !s.isEmpty();
    }

    private static void delete(Path folder) throws IOException {
        try (var all = Files.walk(folder)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
