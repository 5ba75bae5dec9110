package nl.koers.instrument.partnermodel.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nl.koers.domain.Ambition;
import nl.koers.domain.AmbitionVersion;
import nl.koers.domain.CanvasNote;
import nl.koers.domain.CanvasSnapshot;
import nl.koers.domain.Dossier;
import nl.koers.domain.Partner;
import nl.koers.domain.Role;
import nl.koers.domain.SnapshotKind;

/** Dossiers for the tests: a collaboration of four partners with a shared ambition, and as many notes as asked. */
public final class Dossiers {
    public static final List<String> BLOCKS = List.of("corePartners", "chainPartners", "activities", "resources",
            "governance", "offer", "ambition", "relations", "channels", "branding", "targetGroups", "costs", "revenues");

    private Dossiers() {
    }

    public static Dossier small() {
        Partner gemeente = Partner.of("Gemeente Waalstede", Role.CORE);
        Partner roc = Partner.of("ROC Lingedal", Role.CORE);
        Partner uwv = Partner.of("UWV Rivierenland", Role.CORE);
        Partner bedrijven = Partner.of("Ondernemersvereniging De Betuwe", Role.CHAIN);
        return Dossier.titled("Jongeren aan het werk").withPartners(List.of(gemeente, roc, uwv, bedrijven))
                .withAmbition(new Ambition(List.of(AmbitionVersion.of(1, LocalDate.of(2026, 3, 3),
                        "Elke jongere in Rivierenland binnen drie maanden een plek: werk, leerbaan of opleiding"))))
                .withCanvasNotes(List.of(
                        new CanvasNote("n1", "offer", "E\u00e9n loket voor jongeren en werkgevers", "#ffcc80", gemeente.id()),
                        new CanvasNote("n2", "activities", "Matchen op vaardigheden, niet op diploma's", "#b3e5fc", uwv.id()),
                        new CanvasNote("n3", "governance", "Stuurgroep van de drie kernpartners, roulerend voorzitter", "", ""),
                        new CanvasNote("n4", "costs", "Jobcoaches: 3 fte", "#c5e1a5", roc.id())));
    }

    /** The small dossier with {@code count} notes spread over every block, some of them long. */
    public static Dossier withNotes(int count) {
        Dossier d = small();
        List<CanvasNote> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = i % 3 == 0
                    ? "Notitie " + (i + 1) + ": een langere sticker met een hele zin, want zo schrijven partners soms, "
                            + "met nog een bijzin over wie wat doet en wanneer"
                    : "Notitie " + (i + 1) + " kort";
            notes.add(new CanvasNote("n" + i, BLOCKS.get(i % BLOCKS.size()), text, "", ""));
        }
        return d.withCanvasNotes(notes);
    }

    /**
     * Six core partners with names as long as real ones, and {@code count} notes on the core partners' block,
     * every third a whole sentence.
     */
    public static Dossier sixCorePartners(int count) {
        List<Partner> partners = new ArrayList<>();
        for (String name : List.of("Gemeente Waalstede", "ROC Lingedal", "UWV Rivierenland",
                "Stichting Jeugdzorg De Overstap", "Woningcorporatie Thuis in de Betuwe", "GGD Gelderland-Zuid")) {
            partners.add(Partner.of(name, Role.CORE));
        }
        partners.add(Partner.of("Ondernemersvereniging De Betuwe", Role.CHAIN));
        List<CanvasNote> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = i % 3 == 0 ? "Kernnotitie " + (i + 1) + ": elke kernpartner levert een vaste contactpersoon "
                    + "die mag beslissen over de inzet van de eigen mensen" : "Kernnotitie " + (i + 1) + " kort en bondig";
            notes.add(new CanvasNote("k" + i, "corePartners", text, "", ""));
        }
        return small().withPartners(partners).withCanvasNotes(notes);
    }

    /** {@code count} notes all on one block. */
    public static Dossier crowded(String blockId, int count) {
        List<CanvasNote> notes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            notes.add(new CanvasNote("c" + i, blockId, "Sticker " + (i + 1) + " met wat tekst erop", "", ""));
        }
        return small().withCanvasNotes(notes);
    }

    /**
     * Like the benchmark's dossier: {@code n} partners, 2n notes worded from a shared vocabulary, and a first design
     * of the canvas in which every fifth note was worded differently and every seventh was not there yet.
     */
    public static Dossier generated(int n) {
        Random random = new Random(15);
        String[] how = {"meer", "betere", "snellere", "gedeelde", "duurzame", "regionale"};
        String[] what = {"stageplaatsen", "leerwerkplekken", "begeleiding", "scholing", "huisvesting", "vervoer"};
        String[] who = {"jongeren", "werkzoekenden", "werkgevers", "ouderen", "mantelzorgers", "statushouders"};
        String[] where = {"in de regio", "in de wijk", "in Rivierenland", "op de werkvloer", "thuis", "op school"};
        List<Partner> partners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            partners.add(Partner.of("Partner " + i, i % 5 == 0 ? Role.CORE : Role.CHAIN));
        }
        List<CanvasNote> notes = new ArrayList<>();
        List<CanvasNote> first = new ArrayList<>();
        for (int i = 0; i < 2 * n; i++) {
            String text = how[random.nextInt(6)] + " " + what[random.nextInt(6)] + " voor " + who[random.nextInt(6)]
                    + " " + where[random.nextInt(6)];
            CanvasNote note = new CanvasNote("n" + i, BLOCKS.get(i % BLOCKS.size()),
                    Character.toUpperCase(text.charAt(0)) + text.substring(1), "#ffe680", partners.get(i % n).id());
            notes.add(note);
            if (i % 7 != 0) {
                first.add(i % 5 == 0 ? new CanvasNote(note.id(), note.blockId(), "Anders: " + note.text(),
                        note.colour(), note.partnerId()) : note);
            }
        }
        return small().withPartners(partners).withCanvasNotes(notes).withCanvasSnapshots(List.of(new CanvasSnapshot(
                "s1", "Eerste ontwerp", SnapshotKind.FIRST_DESIGN, LocalDate.of(2026, 3, 1), first, "standaard")));
    }
}
