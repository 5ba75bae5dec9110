package nl.koers.report.internal;

import java.util.List;

/**
 * The ids of the partner model canvas's blocks that the agreement note quotes. They are the ids of the standard
 * canvas ({@code templates/standaard.json} in nl.koers.instrument.partnermodel), which a dossier keeps on its notes;
 * a firm's canvas that splits governance from regulation uses the second id.
 */
final class CanvasBlocks {
    /** Governance and regulation: who decides, exclusivity, intellectual property. */
    static final List<String> GOVERNANCE = List.of("governance", "regulation");
    /** How the collaboration shows itself beside the partners' brands. */
    static final List<String> BRANDING = List.of("branding");

    private CanvasBlocks() {
    }
}
