package nl.koers.campaigns;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.BiConsumer;

import nl.koers.domain.Texts;

/** The words of the campaigns' reports, and a report as one string (for a test's failure message). */
public final class CampaignTexts {
    private CampaignTexts() {
    }

    public static Texts load(Locale locale) {
        return Texts.load("nl.koers.campaigns.Texts", locale, CampaignTexts.class.getClassLoader());
    }

    /** What {@code print} writes, in {@code locale}. */
    public static String printed(BiConsumer<PrintStream, Texts> print, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        print.accept(new PrintStream(out, true, StandardCharsets.UTF_8), load(locale));
        return out.toString(StandardCharsets.UTF_8);
    }
}
