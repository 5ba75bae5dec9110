package nl.koers.plugins.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.resource.Namespace;

import nl.koers.plugins.PluginProblem;
import nl.koers.plugins.PluginProblem.Kind;

/**
 * What of Koers a plugin may use: the one list of the published API. A plugin is a guest: it compiles against the
 * domain, the instrument API (with its kits and test kits) and the document a command opens, and against nothing
 * else of Koers; the store, the renderer, the plugin manager, the faces and every {@code internal} package may
 * change at any time and would let it reach past the document. Nor may it use the framework's levers over other
 * bundles' services (service hooks, the component runtime, configuration). Libraries that are not Koers's
 * (for example {@code org.apache.pdfbox}) stay allowed.
 */
final class PublishedApi {
    static final String KOERS = "nl.koers";
    /** The API packages; every subpackage of the instrument API is API too, except an {@code internal} one. */
    static final Set<String> PACKAGES = Set.of("nl.koers.domain", "nl.koers.domain.edit", "nl.koers.domain.analysis",
            "nl.koers.instrument.api", "nl.koers.document", "nl.koers.document.observer");
    static final String INSTRUMENT_API = "nl.koers.instrument.api";
    /** The bundles that export only API: a plugin may require them (though importing packages is the rule). */
    static final Set<String> BUNDLES = Set.of("nl.koers.domain", "nl.koers.instrument.api", "nl.koers.instrument.kit",
            "nl.koers.instrument.testing", "nl.koers.document");
    /** Packages that let a bundle change what other bundles find, bind or run. */
    static final List<String> FRAMEWORK_LEVERS = List.of("org.osgi.framework.hooks", "org.osgi.service.component.runtime",
            "org.osgi.service.cm", "org.osgi.service.permissionadmin", "org.osgi.service.condpermadmin");

    private PublishedApi() {
    }

    static boolean isPublished(String packageName) {
        if (packageName.equals("internal") || packageName.contains(".internal.") || packageName.endsWith(".internal")) {
            return false;
        }
        return PACKAGES.contains(packageName) || packageName.startsWith(INSTRUMENT_API + ".");
    }

    /** A package of Koers itself, or a wildcard (of a dynamic import) that can match one. */
    static boolean reachesKoers(String packageName) {
        return reaches(packageName, KOERS);
    }

    private static boolean isLever(String packageName) {
        return FRAMEWORK_LEVERS.stream().anyMatch(lever -> reaches(packageName, lever));
    }

    /** Whether an imported name, maybe a wildcard like {@code nl.*}, can match {@code root} or a package under it. */
    private static boolean reaches(String imported, String root) {
        if (imported.equals("*")) {
            return true;
        }
        if (imported.endsWith(".*")) {
            String prefix = imported.substring(0, imported.length() - 2);
            return root.startsWith(prefix + ".") || within(prefix, root);
        }
        return within(imported, root);
    }

    private static boolean within(String name, String root) {
        return name.equals(root) || name.startsWith(root + ".");
    }

    /**
     * Everything in this bundle's manifest that reaches past the API: imports (also dynamic ones) of Koers packages
     * that are not API or of the framework's levers, a required Koers bundle that is not API, a fragment host
     * outside the plugin's own bundles, and a package exported into Koers's name space.
     *
     * @param own the symbolic names of the bundles offered together (a fragment may attach to one of them)
     */
    static List<PluginProblem> refusals(BundleRevision revision, String label, Set<String> own) {
        List<PluginProblem> refusals = new ArrayList<>();
        for (BundleRequirement requirement : revision.getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
            String name = RangeText.name(filter(requirement), PackageNamespace.PACKAGE_NAMESPACE);
            if (reachesKoers(name) && (name.contains("*") || !isPublished(name))) {
                refusals.add(PluginProblem.of(Kind.NOT_API, label, name));
            } else if (isLever(name)) {
                refusals.add(PluginProblem.of(Kind.FRAMEWORK_LEVER, label, name));
            }
        }
        for (BundleRequirement requirement : revision.getDeclaredRequirements(BundleNamespace.BUNDLE_NAMESPACE)) {
            String name = RangeText.name(filter(requirement), BundleNamespace.BUNDLE_NAMESPACE);
            if (within(name, KOERS) && !BUNDLES.contains(name)) {
                refusals.add(PluginProblem.of(Kind.NOT_API_BUNDLE, label, name));
            }
        }
        for (BundleRequirement requirement : revision.getDeclaredRequirements(HostNamespace.HOST_NAMESPACE)) {
            String host = RangeText.name(filter(requirement), HostNamespace.HOST_NAMESPACE);
            if (!own.contains(host)) {
                refusals.add(PluginProblem.of(Kind.NOT_API_BUNDLE, label, host));
            }
        }
        for (BundleCapability capability : revision.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
            String name = String.valueOf(capability.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE));
            if (within(name, KOERS)) {
                refusals.add(PluginProblem.of(Kind.KOERS_PACKAGE, label, name));
            }
        }
        return refusals;
    }

    private static String filter(BundleRequirement requirement) {
        return requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
    }
}
