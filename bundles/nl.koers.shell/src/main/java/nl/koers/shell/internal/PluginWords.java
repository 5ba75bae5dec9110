package nl.koers.shell.internal;

import nl.koers.domain.Texts;
import nl.koers.plugins.Plugin;
import nl.koers.plugins.Signature;

/** How the plugin dialog words a plugin: its state and signer in the table, all of it in the details. */
final class PluginWords {
    private final Texts texts;

    PluginWords(Texts texts) {
        this.texts = texts;
    }

    /** The bundle, its instruments, its signer and, for a failed one, why it failed and when. */
    String details(Plugin plugin) {
        StringBuilder text = new StringBuilder();
        text.append(texts.format("plugins.details.bundle", plugin.symbolicName(), plugin.version()));
        text.append('\n').append(texts.format("plugins.details.instruments", String.join(", ", plugin.instrumentIds())));
        text.append('\n').append(signerDetails(plugin.signature()));
        if (plugin.state() == Plugin.State.FAILED) {
            text.append("\n\n").append(texts.format("plugins.details.error", plugin.error()));
        }
        return text.toString();
    }

    String state(Plugin p) {
        return texts.get("plugins.state." + p.state().name());
    }

    String signer(Signature s) {
        return switch (s.kind()) {
            case TRUSTED -> s.signer().isEmpty() ? texts.get("plugins.signer.trustedUnsigned") : commonName(s.signer());
            case UNKNOWN_SIGNER -> texts.format("plugins.signer.unknown", commonName(s.signer()));
            case UNSIGNED -> texts.get("plugins.signer.unsigned");
        };
    }

    /** "CN=Voorbeeld Advies,O=..." reads as "Voorbeeld Advies" in a column; the details keep the whole name. */
    static String commonName(String distinguishedName) {
        for (String part : distinguishedName.split(",(?=\\s*[A-Za-z]+=)")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "CN=", 0, 3)) {
                return p.substring(3);
            }
        }
        return distinguishedName;
    }

    private String signerDetails(Signature s) {
        return switch (s.kind()) {
            case TRUSTED -> s.signer().isEmpty() ? texts.get("plugins.signer.trustedUnsigned")
                    : texts.format("plugins.details.signedBy", s.signer(), s.fingerprint());
            case UNKNOWN_SIGNER -> texts.format("plugins.details.unknownSigner", s.signer(), s.fingerprint());
            case UNSIGNED -> texts.get("plugins.signer.unsigned");
        };
    }
}
