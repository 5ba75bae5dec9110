package nl.koers.campaigns.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.campaigns.CampaignTexts;

/** The fuzz campaign's short form: 500 damaged files, every kind of damage, and not one violation. */
class FuzzCampaignTest {
    static final int FILES = 500;
    static final long SEED = Long.getLong("koers.fuzz.seed", 20261123L);

    @TempDir
    Path work;

    @Test
    void everyDamagedFileOpensOrIsRefusedClearlyWithinASecondAndStaysAsItWas() throws Exception {
        Path samples = Path.of(System.getProperty("koers.campaigns.samples"));
        List<Seed> seeds = Seeds.load(samples, work);
        FuzzReport report;
        try (FuzzCampaign campaign = new FuzzCampaign(SEED, seeds, work)) {
            report = campaign.run(FILES, new PrintStream(OutputStream.nullOutputStream()));
        }
        String numbers = CampaignTexts.printed(report::print, Locale.ENGLISH);
        System.out.println(numbers);

        assertEquals(FILES, report.files());
        for (Mutation kind : Mutation.values()) {
            assertTrue(report.count(kind) >= FILES / Mutation.values().length, kind + " was tried too seldom");
        }
        assertTrue(report.refused() > FILES / 2, "most damaged files must be refused:\n" + numbers);
        assertTrue(report.opened() > 0, "some damage (a BOM, a wrong type in data kept as-is) still opens:\n" + numbers);
        assertEquals(List.of(), report.violations(), numbers);
    }

    @Test
    void aCaseIsTheSameEveryTimeSoAViolationCanBeReproduced() throws Exception {
        Path samples = Path.of(System.getProperty("koers.campaigns.samples"));
        List<Seed> seeds = Seeds.load(samples, work);
        for (int index : new int[] {3, 17, 42}) {
            Mutation kind = Mutation.values()[index % Mutation.values().length];
            java.util.SplittableRandom a = new java.util.SplittableRandom(index);
            java.util.SplittableRandom b = new java.util.SplittableRandom(index);
            Seed from = seeds.get(index % seeds.size());
            assertTrue(java.util.Arrays.equals(kind.apply(from, a), kind.apply(from, b)), kind.name());
        }
    }
}
