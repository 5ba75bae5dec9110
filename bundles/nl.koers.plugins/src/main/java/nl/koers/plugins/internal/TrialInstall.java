package nl.koers.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.Version;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;

import nl.koers.instrument.api.ProvidesInstrument;
import nl.koers.plugins.PluginProblem;
import nl.koers.plugins.PluginProblem.Kind;

/**
 * Checks offered bundles inside the running framework: installs them under a trial location, asks the framework
 * to resolve them, reads their requirements and capabilities, and, when all that holds, starts them for as long as
 * it takes to read the command names and printable ids their services answer ({@link ServiceIds}); then
 * uninstalls them again. Nothing of a trial remains afterwards, and nothing of Koers sees a trial's services.
 */
final class TrialInstall {
    static final String API_PACKAGE = "nl.koers.instrument.api";
    static final String LOCATION_PREFIX = "koers-trial:";

    private final BundleContext context;
    private final FrameworkRefresh refresh;
    private final TrialCollisions collisions;
    private final ServiceIds serviceIds;

    TrialInstall(BundleContext context, FrameworkRefresh refresh, TrialCollisions collisions) {
        this.context = context;
        this.refresh = refresh;
        this.collisions = collisions;
        this.serviceIds = new ServiceIds(context);
    }

    /** What the trial found. */
    record Findings(List<PluginProblem> refusals, Map<String, List<String>> instrumentIds) {
    }

    /** The refusals for these bundles, and the instruments each declares (by symbolic name). */
    Findings check(List<Candidate> candidates, boolean feature) throws IOException {
        List<Bundle> trials = new ArrayList<>();
        List<PluginProblem> refusals = new ArrayList<>();
        Map<String, List<String>> instruments = new java.util.LinkedHashMap<>();
        try {
            for (Candidate candidate : candidates) {
                try (InputStream in = Files.newInputStream(candidate.jar())) {
                    trials.add(collisions.allowing(
                            () -> context.installBundle(LOCATION_PREFIX + trials.size() + ":" + candidate.symbolicName(), in)));
                } catch (BundleException e) {
                    refusals.add(PluginProblem.of(Kind.NOT_READABLE, candidate.label(), e.getMessage()));
                }
            }
            if (!refusals.isEmpty()) {
                return new Findings(refusals, instruments);
            }
            Set<String> offered = offeredApiVersions();
            Set<String> own = candidates.stream().map(Candidate::symbolicName).collect(java.util.stream.Collectors.toSet());
            Map<String, String> owners = instrumentOwners(own);
            boolean anyInstrument = false;
            for (Bundle trial : trials) {
                BundleRevision revision = trial.adapt(BundleRevision.class);
                List<String> ids = instrumentIds(revision);
                instruments.put(trial.getSymbolicName(), ids);
                anyInstrument |= !ids.isEmpty();
                refusals.addAll(PublishedApi.refusals(revision, label(trial), own));
                for (String id : ids) {
                    String owner = owners.putIfAbsent(id, trial.getSymbolicName());
                    if (owner != null) {
                        refusals.add(PluginProblem.of(Kind.ID_TAKEN, label(trial), "id.instrument", id, owner));
                    }
                }
                refusals.addAll(apiRefusals(revision, label(trial), !ids.isEmpty(), offered));
                if (!feature && ids.isEmpty()) {
                    refusals.add(PluginProblem.of(Kind.NO_INSTRUMENT, label(trial)));
                }
            }
            if (feature && !anyInstrument) {
                refusals.add(PluginProblem.of(Kind.NO_INSTRUMENT, candidates.get(0).label()));
            }
            boolean apiRefused = refusals.stream().anyMatch(p -> p.kind() == Kind.API_VERSION);
            refusals.addAll(resolution(trials, apiRefused));
            if (refusals.isEmpty()) {
                // only a plugin that keeps to the API runs in a trial, to name its commands and printables
                refusals.addAll(serviceIds.refusals(trials, own));
            }
            return new Findings(refusals, instruments);
        } finally {
            uninstall(trials);
        }
    }

    private List<PluginProblem> resolution(List<Bundle> trials, boolean apiRefused) {
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        if (wiring.resolveBundles(trials)) {
            return List.of();
        }
        List<PluginProblem> problems = new ArrayList<>();
        for (Bundle trial : trials) {
            if ((trial.getState() & Bundle.INSTALLED) == 0) {
                continue;
            }
            List<PluginProblem> missing = missing(trial, wiring);
            if (missing.isEmpty()) {
                problems.add(PluginProblem.of(Kind.UNRESOLVED, label(trial), frameworkReason(trial)));
            }
            // a missing instrument API was already said precisely, with the versions that fit
            missing.stream().filter(p -> !(apiRefused && isApi(p))).forEach(problems::add);
        }
        return problems;
    }

    /** Every mandatory requirement that nothing installed (nor another offered bundle) provides. */
    private static boolean isApi(PluginProblem missing) {
        return missing.details().size() > 2 && "missing.package".equals(missing.details().get(1))
                && API_PACKAGE.equals(missing.details().get(2));
    }

    private static List<PluginProblem> missing(Bundle trial, FrameworkWiring wiring) {
        List<PluginProblem> missing = new ArrayList<>();
        for (BundleRequirement requirement : trial.adapt(BundleRevision.class).getDeclaredRequirements(null)) {
            String resolution = requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE);
            if (Namespace.RESOLUTION_OPTIONAL.equals(resolution)
                    || PackageNamespace.RESOLUTION_DYNAMIC.equals(resolution)
                    || !wiring.findProviders(requirement).isEmpty()) {
                continue;
            }
            String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
            String namespace = requirement.getNamespace();
            String what;
            if (PackageNamespace.PACKAGE_NAMESPACE.equals(namespace)) {
                what = "missing.package";
            } else if (BundleNamespace.BUNDLE_NAMESPACE.equals(namespace)) {
                what = "missing.bundle";
            } else {
                missing.add(PluginProblem.of(Kind.MISSING, label(trial), namespace, filter, ""));
                continue;
            }
            missing.add(PluginProblem.of(Kind.MISSING, label(trial), what, RangeText.name(filter, namespace),
                    RangeText.range(filter)));
        }
        return missing;
    }

    /** The framework's own words on why the bundle does not resolve; starting fails before any code runs. */
    private static String frameworkReason(Bundle trial) {
        try {
            trial.start(Bundle.START_TRANSIENT);
            trial.stop();
            return "";
        } catch (BundleException | IllegalStateException e) {
            return String.valueOf(e.getMessage());
        }
    }

    private static List<PluginProblem> apiRefusals(BundleRevision revision, String label, boolean instrument,
            Set<String> offered) {
        String offeredText = String.join(", ", offered);
        for (BundleRequirement requirement : revision.getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
            String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
            if (!API_PACKAGE.equals(RangeText.name(filter, PackageNamespace.PACKAGE_NAMESPACE))) {
                continue;
            }
            for (String version : offered) {
                if (matches(filter, version)) {
                    return List.of();
                }
            }
            String asked = RangeText.range(filter);
            return List.of(PluginProblem.of(Kind.API_VERSION, label, offeredText, asked.isEmpty() ? "?" : asked));
        }
        return instrument ? List.of(PluginProblem.of(Kind.NO_API_IMPORT, label, offeredText)) : List.of();
    }

    private static boolean matches(String filter, String version) {
        try {
            return FrameworkUtil.createFilter(filter).matches(Map.of(
                    PackageNamespace.PACKAGE_NAMESPACE, API_PACKAGE,
                    PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE, Version.parseVersion(version)));
        } catch (InvalidSyntaxException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The owner of every instrument id already taken, by id: each installed bundle (of Koers or a plugin) that
     * declares it, except the bundles offered now, which an update replaces.
     */
    private Map<String, String> instrumentOwners(Set<String> offered) {
        Map<String, String> owners = new java.util.HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getLocation().startsWith(LOCATION_PREFIX) || offered.contains(bundle.getSymbolicName())) {
                continue;
            }
            for (String id : instrumentIds(bundle.adapt(BundleRevision.class))) {
                owners.putIfAbsent(id, bundle.getSymbolicName());
            }
        }
        return owners;
    }

    /** The versions of the instrument API that the installed bundles export. */
    private Set<String> offeredApiVersions() {
        Set<String> versions = new TreeSet<>();
        for (Bundle bundle : context.getBundles()) {
            BundleWiring wiring = bundle.adapt(BundleWiring.class);
            if (wiring == null || bundle.getLocation().startsWith(LOCATION_PREFIX)) {
                continue;
            }
            for (BundleCapability capability : wiring.getCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
                Map<String, Object> attributes = capability.getAttributes();
                if (API_PACKAGE.equals(attributes.get(PackageNamespace.PACKAGE_NAMESPACE))) {
                    versions.add(String.valueOf(attributes.get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE)));
                }
            }
        }
        return versions;
    }

    static List<String> instrumentIds(BundleRevision revision) {
        Set<String> ids = new LinkedHashSet<>();
        if (revision != null) {
            for (BundleCapability capability : revision.getDeclaredCapabilities(ProvidesInstrument.NAMESPACE)) {
                Object id = capability.getAttributes().get(ProvidesInstrument.NAMESPACE);
                if (id != null) {
                    ids.add(String.valueOf(id));
                }
            }
        }
        return List.copyOf(ids);
    }

    private void uninstall(List<Bundle> trials) {
        List<Bundle> uninstalled = new ArrayList<>();
        for (Bundle trial : trials) {
            try {
                trial.uninstall();
                uninstalled.add(trial);
            } catch (BundleException | IllegalStateException e) {
                // already gone
            }
        }
        if (!uninstalled.isEmpty()) {
            refresh.refresh(uninstalled);
        }
    }

    private static String label(Bundle bundle) {
        return bundle.getSymbolicName() + " " + bundle.getVersion();
    }
}
