package nl.koers.shell.internal;

import nl.koers.document.DocumentView;
import nl.koers.domain.analysis.Found;

/**
 * Shows where a search found its words: a partner or a representative on the dossier's page, a spannend punt in its
 * list, anything else in the step of an instrument that shows it (or the partner's page, when none does).
 */
final class FoundPlaces {
    private final Workbench window;

    FoundPlaces(Workbench window) {
        this.window = window;
    }

    void show(Found found) {
        DocumentView shown = window.view().orElse(null);
        if (shown == null) {
            return;
        }
        switch (found.kind()) {
            case PARTNER, REPRESENTATIVE -> showPartner(found.partnerId());
            case OPEN_ISSUE -> window.sideWindows().showOpenIssue(shown.dossier(), found.itemId());
            default -> {
                if (!window.instruments().reveal(shown.dossier(), found)) {
                    showPartner(found.partnerId());
                    window.status(window.texts().get("search.nowhere"));
                }
            }
        }
    }

    private void showPartner(String partnerId) {
        window.tabs().setSelection(0);
        window.dossierPage().select(partnerId.isEmpty() ? null : partnerId);
    }
}
