package nl.koers.campaigns.kill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import nl.koers.campaigns.GrowingDossier;
import nl.koers.campaigns.CampaignTexts;

/**
 * The kill campaign's short form: 15 child JVMs killed with SIGKILL while saving, and nothing damaged or lost. Every
 * other child saves slowly, so that kills land in the middle of saves, where a save that wrote the file in place
 * (instead of a temp file and a rename) would leave half a file.
 */
class KillCampaignTest {
    static final int ROUNDS = 15;
    static final long SEED = Long.getLong("koers.kill.seed", 20261123L);

    @TempDir
    Path work;

    @Test
    void aDossierSavedWhileTheProcessIsKilledOpensAsASavedVersionAndTheNewestAutosaveIsOffered() throws Exception {
        KillReport report = new KillCampaign(SEED, work, new PrintStream(OutputStream.nullOutputStream()))
                .run(ROUNDS);
        String numbers = CampaignTexts.printed(report::print, Locale.ENGLISH);
        System.out.println(numbers);

        assertEquals(ROUNDS, report.rounds());
        assertEquals(ROUNDS, report.sigkills(), "every child must die of SIGKILL:\n" + numbers);
        assertTrue(report.saves() >= ROUNDS, "the children must have saved, or the kills proved nothing:\n" + numbers);
        assertTrue(report.recoveries() >= ROUNDS, "the children must have written recovery copies:\n" + numbers);
        assertTrue(report.killedMidSave() > 0,
                "some kills must land in the middle of a save, or a save in place would go unnoticed:\n" + numbers);
        assertEquals(0, report.damaged(), numbers);
        assertEquals(0, report.lost(), numbers);
        assertEquals(List.of(), report.violations(), numbers);
    }

    @Test
    void theDossierOfARoundIsTheSameHoweverItIsReached() {
        GrowingDossier forward = new GrowingDossier();
        GrowingDossier back = new GrowingDossier();
        back.at(700);
        for (int round : new int[] {0, 1, 9, 10, 129, 300, 641}) {
            assertEquals(forward.at(round), back.at(round), "round " + round);
            assertEquals(new GrowingDossier().at(round), forward.at(round), "round " + round);
        }
        assertTrue(forward.at(641).partners().size() > 60);
    }
}
