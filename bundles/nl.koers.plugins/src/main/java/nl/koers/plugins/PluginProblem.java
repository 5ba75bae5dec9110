package nl.koers.plugins;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import nl.koers.domain.Texts;

/**
 * One reason a plugin cannot be installed or a change cannot be made, precise enough to act on.
 *
 * @param kind what is wrong
 * @param details the facts the message needs, in the order of its placeholders (a bundle, a package and range,
 *        the API versions that fit)
 */
public record PluginProblem(Kind kind, List<String> details) {

    /** What can be wrong. Each has a message in {@code nl.koers.plugins.internal.Messages}. */
    public enum Kind {
        /** The file cannot be read, or is not a bundle or a feature archive: {0} file, {1} why. */
        NOT_READABLE,
        /** A feature archive is incomplete: {0} what is wrong. */
        BAD_FEATURE,
        /** A requirement nobody provides: {0} bundle, {1} {@code missing.package}, {@code missing.bundle} or a namespace, {2} name, {3} version range. */
        MISSING,
        /** All requirements have providers, yet it does not resolve: {0} bundle, {1} the framework's reason. */
        UNRESOLVED,
        /** Declares no {@code koers.instrument} capability: {0} bundle. */
        NO_INSTRUMENT,
        /** Does not import the instrument API: {0} bundle, {1} the API version this Koers offers. */
        NO_API_IMPORT,
        /** Imports an instrument API range that this Koers does not offer: {0} bundle, {1} offered, {2} asked. */
        API_VERSION,
        /** Content changed after signing, or entries added unsigned: {0} bundle, {1} entry. */
        TAMPERED,
        /** Entries signed by different signers: {0} bundle. */
        MIXED_SIGNERS,
        /** Unsigned and not trusted: {0} bundle. */
        UNSIGNED,
        /** Signed by a certificate not trusted: {0} bundle, {1} signer, {2} fingerprint. */
        UNKNOWN_SIGNER,
        /** Imports a package of Koers that is not published API (or a wildcard that reaches one): {0} bundle, {1} package. */
        NOT_API,
        /** Requires, or attaches as a fragment to, a bundle that is not API nor its own: {0} bundle, {1} that bundle. */
        NOT_API_BUNDLE,
        /** Imports a package that steers other bundles' services (hooks, components, configuration): {0} bundle, {1} package. */
        FRAMEWORK_LEVER,
        /** Exports a package in Koers's own name space: {0} bundle, {1} package. */
        KOERS_PACKAGE,
        /** An instrument id, command or printable that another bundle already owns: {0} bundle, {1} what, {2} id, {3} owner. */
        ID_TAKEN,
        /** A bundle of Koers itself (core or standard) cannot be replaced as a plugin: {0} symbolic name. */
        CORE_BUNDLE,
        /** No installed plugin of this name: {0} symbolic name. */
        NOT_INSTALLED,
        /** An update whose bundle has another symbolic name: {0} expected, {1} found. */
        OTHER_PLUGIN,
        /** There is no earlier generation to return to. */
        NO_EARLIER_GENERATION,
        /** Not a readable certificate: {0} file, {1} why. */
        BAD_CERTIFICATE,
        /** The catalogue cannot be read: {0} where, {1} why. */
        BAD_CATALOGUE,
        /** The catalogue's jar does not match its checksum: {0} where. */
        CHECKSUM,
        /** Writing the plugin folder or changing the framework failed: {0} why. */
        FAILED
    }

    public PluginProblem {
        Objects.requireNonNull(kind, "kind");
        details = List.copyOf(details);
    }

    public static PluginProblem of(Kind kind, Object... details) {
        return new PluginProblem(kind, java.util.Arrays.stream(details).map(String::valueOf).toList());
    }

    /** One sentence for a person, in {@code locale}. */
    public String message(Locale locale) {
        Texts texts = Texts.load("nl.koers.plugins.internal.Messages", locale, PluginProblem.class.getClassLoader());
        // details that are message keys themselves (the kind of thing missing) are translated too
        Object[] args = details.stream().map(d -> (d.startsWith("missing.") || d.startsWith("id.")) && texts.has(d) ? texts.get(d) : d).toArray();
        return texts.format("problem." + kind.name(), args);
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
