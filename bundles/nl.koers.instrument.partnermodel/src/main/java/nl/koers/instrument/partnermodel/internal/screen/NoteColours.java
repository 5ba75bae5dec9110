package nl.koers.instrument.partnermodel.internal.screen;

import java.util.List;

import nl.koers.instrument.partnermodel.internal.Phrases;

/** The colours of the sticker pads on the table: one per partner, as the method advises. */
final class NoteColours {
    static final List<String> HEX = List.of("#fff176", "#ffcc80", "#f8bbd0", "#b3e5fc", "#c5e1a5", "#e1bee7");

    private NoteColours() {
    }

    static String[] names(Phrases say) {
        String[] names = new String[HEX.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = say.get("colour." + (i + 1));
        }
        return names;
    }

    /** The index of a colour in the pads, -1 when it is none of them. */
    static int indexOf(String hex) {
        return HEX.indexOf(hex.toLowerCase(java.util.Locale.ROOT));
    }

    /** The pad of the partner at {@code index} in the dossier. */
    static String forPartner(int index) {
        return HEX.get(Math.floorMod(index, HEX.size()));
    }
}
