package nl.koers.shell.internal;

/** Widgets carry a stable name under this key, so the UI tests find them without relying on texts or order. */
final class Ids {
    static final String KEY = "koers.id";

    private Ids() {
    }
}
