package nl.koers.launcher;

/** Hears about a bundle that could not be installed, resolved or started; Koers carries on without it. */
@FunctionalInterface
public interface BundleProblems {
    /**
     * @param bundle the bundle's symbolic name and version, or its file when it could not be installed
     * @param reason the framework's reason, on one line
     */
    void failed(String bundle, String reason);

    static BundleProblems ignore() {
        return (bundle, reason) -> { };
    }
}
