package nl.koers.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.Category;
import nl.koers.domain.Contribution;
import nl.koers.domain.CoreValue;
import nl.koers.domain.Direction;
import nl.koers.domain.Dossier;
import nl.koers.domain.Endorsement;
import nl.koers.domain.Fact;
import nl.koers.domain.Firmness;
import nl.koers.domain.Interest;
import nl.koers.domain.InterestLink;
import nl.koers.domain.Lens;
import nl.koers.domain.Level;
import nl.koers.domain.Openness;
import nl.koers.domain.Partner;
import nl.koers.domain.Position;
import nl.koers.domain.Recognition;
import nl.koers.domain.Representative;
import nl.koers.domain.Role;
import nl.koers.domain.Route;

/**
 * A dossier that grows by one edit per round, the same in every JVM: round {@code k} is a pure function of
 * {@code k}, with fixed ids, so a parent can tell exactly which round a killed child's file holds by comparing
 * content. The edits go round the whole vocabulary (partners, interests, contributions with amounts, positions,
 * core values, ambition versions with endorsements, canvas notes, links, instrument data), so the files it makes
 * are also rich seeds for the fuzz campaign.
 */
public final class GrowingDossier {
    private static final String[] WORDS = {"één loket", "jongeren", "werkgevers", "gemeente", "onderwijs",
        "ervaring", "stageplaatsen", "café ✓", "Zoë", "naïef", "regio Noord — Oost", "straße", "数据", "🙂"};

    /** Every this many rounds a dossier is kept, so that going back to an earlier round is cheap. */
    private static final int CHECKPOINT = 128;

    private final java.util.TreeMap<Integer, Dossier> checkpoints = new java.util.TreeMap<>();
    private Dossier current;
    private int round;

    public GrowingDossier() {
        this.current = start();
        this.round = 0;
        checkpoints.put(0, current);
    }

    /** The dossier of {@code k}: moves forward from the last one asked for, or starts again for an earlier round. */
    public Dossier at(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("round " + k);
        }
        if (k < round) {
            var back = checkpoints.floorEntry(k);
            current = back.getValue();
            round = back.getKey();
        }
        while (round < k) {
            round++;
            current = edit(current, round);
            if (round % CHECKPOINT == 0) {
                checkpoints.put(round, current);
            }
        }
        return current;
    }

    public static Dossier start() {
        Partner first = partner(0);
        Partner second = partner(1);
        Map<String, Object> unknown = new LinkedHashMap<>();
        unknown.put("x-future", Map.of("kept", true, "levels", List.of(1, 2, List.of("drie"))));
        return new Dossier("kill-dossier", title(0), "Jongeren aan het werk", "Gemeente", Route.STEP_PLAN,
                Openness.OPEN, List.of(first, second), Ambition.NONE, List.of(), Map.of(), unknown, List.of());
    }

    /** The one edit of round {@code k} (k >= 1), applied to the dossier of round k - 1. */
    static Dossier edit(Dossier d, int k) {
        Dossier titled = d.withDetails(title(k), d.theme(), d.initiator(), d.route(), d.openness());
        List<Partner> partners = titled.partners();
        Partner p = partners.get(k % partners.size());
        return switch (k % 10) {
            case 0 -> titled.withPartner(partner(k));
            case 1 -> titled.withPartner(p.withInterest(new Interest("i" + k, text(k), Level.values()[k % 3],
                    k % 2 == 0 ? Firmness.WISH : Firmness.DEMAND, k % 7 == 0)));
            case 2 -> titled.withPartner(p.withContribution(new Contribution("c" + k, Direction.BRING,
                    Category.values()[k % Category.values().length], text(k),
                    BigDecimal.valueOf(k * 125L, 2), "uur/maand", Firmness.WISH)));
            case 3 -> titled.withPartner(p.withContribution(new Contribution("c" + k, Direction.GET,
                    Category.values()[(k / 10) % Category.values().length], text(k), null, "", Firmness.DEMAND)));
            case 4 -> titled.withPartner(p.withPosition(new Position("pos" + k, text(k),
                    List.of("waarom " + k, text(k + 1)),
                    p.interests().isEmpty() ? List.of() : List.of(p.interests().get(0).id()))));
            case 5 -> titled.withPartner(p.withCoreValues(append(p.coreValues(), new CoreValue("cv" + k, text(k)))));
            case 6 -> titled.withAmbition(ambition(titled, k));
            case 7 -> titled.withCanvasNotes(append(titled.canvasNotes(),
                    new CanvasNote("n" + k, "block" + (k % 9), text(k), "#ffcc00", p.id())));
            case 8 -> link(titled, k);
            default -> titled.withInstrumentData("netwerkambitie",
                    Map.of("step", k % 4, "timerSeconds", k, "notes", List.of(text(k), k, true)));
        };
    }

    private static String title(int k) {
        return "Samenwerking ronde " + k;
    }

    private static String text(int k) {
        return WORDS[k % WORDS.length] + " " + k;
    }

    private static Partner partner(int k) {
        return new Partner("p" + k, "Partner " + text(k), k % 3 == 0 ? Role.CHAIN : Role.CORE,
                List.of(new Representative("r" + k, "Vertegenwoordiger " + k, "directeur",
                        List.of(Lens.values()[k % 4], Lens.values()[(k + 1) % 4]))),
                "Essentie " + text(k), List.of(), List.of(), List.of(), List.of());
    }

    private static Ambition ambition(Dossier d, int k) {
        Ambition a = d.ambition();
        if (a.versions().isEmpty() || k % 40 == 6) {
            return a.withVersion(new AmbitionVersion("v" + k, a.versions().size() + 1, LocalDate.of(2026, 1, 1)
                    .plusDays(k), "Ambitie " + text(k), "Concreet " + k, List.of(new Fact("feit " + k, "bron " + k)),
                    Map.of()));
        }
        AmbitionVersion last = a.versions().get(a.versions().size() - 1);
        Partner p = d.partners().get(k % d.partners().size());
        return a.withVersion(last.withStatement("Ambitie " + text(k))
                .withEndorsement(p.id(), new Endorsement(Recognition.values()[k % 3], "opmerking " + k)));
    }

    private static Dossier link(Dossier d, int k) {
        List<String> interests = d.partners().stream().filter(p -> !p.interests().isEmpty())
                .map(p -> p.interests().get(p.interests().size() - 1).id()).limit(2).toList();
        return d.withInterestLink(new InterestLink("l" + k, interests, "gedeeld " + k));
    }

    private static <T> List<T> append(List<T> list, T element) {
        var copy = new java.util.ArrayList<>(list);
        copy.add(element);
        return List.copyOf(copy);
    }
}
