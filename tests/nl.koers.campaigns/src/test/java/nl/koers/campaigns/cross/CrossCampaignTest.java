package nl.koers.campaigns.cross;

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

/**
 * The cross-process campaign's short form: four Koers processes at a time on one dossier (windows and commands),
 * twelve of them killed with SIGKILL at random moments, and nothing any of them reported saved is lost.
 */
class CrossCampaignTest {
    static final int ROUNDS = 12;
    static final long SEED = Long.getLong("koers.cross.seed", 20261123L);

    @TempDir
    Path work;

    @Test
    void processesThatShareADossierAndAreKilledLoseNothingTheyReportedSavedAndLeaveNothingInTheWay()
            throws Exception {
        CrossReport report = new CrossCampaign(SEED, work, new PrintStream(OutputStream.nullOutputStream()))
                .run(ROUNDS);
        String numbers = CampaignTexts.printed(report::print, Locale.ENGLISH);
        System.out.println(numbers);

        assertTrue(report.kills() >= ROUNDS - 2, "most rounds must kill a child at work:\n" + numbers);
        assertTrue(report.windows() > 0 && report.commands() > 0, "both kinds of process must have run:\n" + numbers);
        assertTrue(report.saves() >= 3, "the children must have saved, or the kills proved nothing:\n" + numbers);
        assertEquals(0, report.lost(), numbers);
        assertEquals(0, report.damaged(), numbers);
        assertTrue(report.nextProcessSaved(), numbers);
        assertEquals(List.of(), report.violations(), numbers);
    }
}
