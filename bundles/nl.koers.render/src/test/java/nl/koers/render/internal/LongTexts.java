package nl.koers.render.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Fact;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.Lens;
import nl.koers.domain.Level;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Recognition;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.instrument.api.print.Printable;

/**
 * A dossier with texts as long as real ones get (issue 14): a 40-word interest, a 30-word contribution, a
 * 60-character partner name, a 25-word remark, a title of 27 words. Every printable must show each text it prints
 * whole, and never an ellipsis. Shared with the instruments' page tests through this bundle's test jar.
 */
public final class LongTexts {
    /** Three partners, so a sheet per partner and a sheet of the table both get more than one. */
    public static final int PARTNERS = 3;

    private LongTexts() {
    }

    /** {@return a name of 60 characters, different for each partner} */
    public static String name(int i) {
        return "Stichting Samenwerkende Zorg- en Welzijnsorganisaties Tiel " + i;
    }

    /** {@return a 40-word interest} */
    public static String interest(int i, String what) {
        return words(40, what + " " + i + ": wij willen dat jongeren in de hele regio sneller een passende plek "
                + "vinden, zodat zij niet tussen wal en schip raken en onze eigen medewerkers minder tijd kwijt zijn "
                + "aan het zoeken naar de juiste ingang bij andere organisaties in de keten");
    }

    /** {@return a 30-word contribution} */
    public static String contribution(int i, String what) {
        return words(30, what + " " + i + ": twee ervaren jobcoaches die elke week op vaste dagen in het loket "
                + "zitten en jongeren begeleiden van het eerste gesprek tot en met de eerste maanden op de nieuwe "
                + "werkplek of opleiding");
    }

    /** {@return a 25-word remark} */
    public static String remark(int i, String what) {
        return words(25, what + " " + i + ": wij herkennen ons erin zolang de jongeren zelf meepraten over wat een "
                + "goede plek voor hen is en wij de resultaten elk halfjaar samen met hen bespreken in de stuurgroep");
    }

    /** {@return the dossier: long texts everywhere a person may type one} */
    public static Dossier dossier() {
        List<Partner> partners = new ArrayList<>();
        Map<String, Endorsement> endorsements = new LinkedHashMap<>();
        List<CanvasNote> notes = new ArrayList<>();
        for (int i = 1; i <= PARTNERS; i++) {
            String id = "p" + i;
            Interest own = new Interest("own" + i, interest(i, "Eigen belang"), Level.ORGANISATION, Firmness.DEMAND,
                    false);
            Interest network = new Interest("net" + i, interest(i, "Netwerkbelang"), Level.NETWORK, Firmness.WISH,
                    false);
            Position position = new Position("pos" + i, remark(i, "Standpunt"), List.of(remark(i, "Waarom"),
                    remark(i, "Omdat")), List.of(own.id()));
            partners.add(new Partner(id, name(i), i == PARTNERS ? Role.CHAIN : Role.CORE,
                    List.of(Representative.of("Marieke van Doorn-Verhoeven " + i, "directeur", Lens.UTILITARIAN,
                            Lens.values()[i])),
                    remark(i, "Essentie"), List.of(own, network), List.of(position), List.of(),
                    List.of(new Contribution("b" + i, Direction.BRING, Category.PEOPLE, contribution(i, "Brengen"),
                            new BigDecimal("16"), "uur/maand", Firmness.WISH),
                            new Contribution("g" + i, Direction.GET, Category.KNOWLEDGE, contribution(i, "Halen"),
                                    null, "", Firmness.DEMAND))));
            endorsements.put(id, new Endorsement(Recognition.PARTLY, remark(i, "Opmerking")));
            notes.add(new CanvasNote("n" + i, i == 1 ? "corePartners" : "offer", remark(i, "Notitie"), "", id));
        }
        AmbitionVersion ambition = new AmbitionVersion("v1", 1, LocalDate.of(2026, 4, 6),
                "Samen zorgen dat elke jongere in de regio binnen drie maanden een plek vindt op school of bij een "
                        + "werkgever",
                remark(0, "Concreet"), List.of(new Fact(remark(0, "Feit"), "Regionale monitor 2025")), endorsements);
        return Dossier.titled(title()).withPartners(partners).withAmbition(new Ambition(List.of(ambition)))
                .withCanvasNotes(notes);
    }

    /** {@return the dossier's title and the partners' names, which every sheet shows: a list to add to} */
    public static List<String> titleAndNames(Dossier d) {
        List<String> texts = new ArrayList<>(List.of(d.title()));
        d.partners().forEach(p -> texts.add(p.name()));
        return texts;
    }

    /** {@return a dossier title of 27 words: more than the two lines a sheet's head used to give it} */
    public static String title() {
        return "Samen sterker voor werk, school en zorg: een regionale aanpak voor jongeren in Rivierenland, de "
                + "Betuwe en het land van Maas en Waal, met ouders en werkgevers";
    }

    /**
     * Writes every page of {@code printable} as a PDF with the real renderer (an image printable too, so its text
     * can be read back) and checks it with {@link #assertWhole(String, byte[], Collection)}.
     *
     * @param printable the printable
     * @param dossier the dossier, best {@link #dossier()}
     * @param locale the language
     * @param texts the texts that must appear whole
     * @return the PDF, for a closer look
     * @throws java.io.IOException when the PDF cannot be written or read
     */
    public static byte[] assertWhole(Printable printable, Dossier dossier, Locale locale, Collection<String> texts)
            throws java.io.IOException {
        byte[] pdf = Pdfs.write(new PdfBoxRenderer(), printable.pages(dossier, locale));
        assertWhole(printable.id(), pdf, texts);
        return pdf;
    }

    /**
     * Checks the text of a PDF: no ellipsis anywhere, and each of {@code texts} appears whole (whitespace
     * normalised, as a line break is a space).
     *
     * @param what the printable, for the message
     * @param pdf the PDF as the renderer wrote it
     * @param texts the texts that must appear whole
     * @throws java.io.IOException when the PDF cannot be read
     */
    public static void assertWhole(String what, byte[] pdf, Collection<String> texts) throws java.io.IOException {
        String text = Pdfs.text(pdf).replace('\u00a0', ' ').replaceAll("\\s+", " ");
        if (text.contains("\u2026")) {
            throw new AssertionError(what + " cuts a text with \u2026: " + text);
        }
        for (String t : texts) {
            if (!text.contains(t.replaceAll("\\s+", " "))) {
                throw new AssertionError(what + " does not show whole: '" + t + "' in " + text);
            }
        }
    }

    private static String words(int n, String text) {
        String[] words = text.split(" ");
        if (words.length < n) {
            throw new IllegalArgumentException("only " + words.length + " words: " + text);
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n));
    }
}
