package nl.koers.plugins.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import nl.koers.plugins.Inspection;
import nl.koers.plugins.PluginException;
import nl.koers.plugins.PluginProblem;
import nl.koers.plugins.PluginProblem.Kind;
import nl.koers.plugins.Signature;

/** Every check before an install: not a part of Koers itself, intact signature, trust, and the trial install. */
final class Examination {
    private final BundleContext context;
    private final TrustStore trust;
    private final TrialInstall trial;
    /** Signatures of kept jars, by path: a kept jar never changes, and reading a whole jar takes time. */
    private final Map<Path, JarSignature> keptSignatures = new ConcurrentHashMap<>();

    Examination(BundleContext context, TrustStore trust, TrialInstall trial) {
        this.context = context;
        this.trust = trust;
        this.trial = trial;
    }

    /** What the checks found, and how to trust what is not trusted yet. */
    final class Result {
        private final Inspection inspection;
        private final Map<Candidate, JarSignature> signatures;
        private final Map<Candidate, Signature> judged;
        private final Optional<String> firstInstrument;

        private Result(Inspection inspection, Map<Candidate, JarSignature> signatures, Map<Candidate, Signature> judged,
                Optional<String> firstInstrument) {
            this.inspection = inspection;
            this.signatures = signatures;
            this.judged = judged;
            this.firstInstrument = firstInstrument;
        }

        Inspection inspection() {
            return inspection;
        }

        Optional<String> firstInstrument() {
            return firstInstrument;
        }

        /** Refuses what is not trusted unless the consultant trusts it now; then remembers that trust. */
        void requireTrust(boolean trustNow) throws PluginException, IOException {
            List<PluginProblem> untrusted = new ArrayList<>();
            for (Map.Entry<Candidate, Signature> bundle : judged.entrySet()) {
                Signature s = bundle.getValue();
                if (s.kind() == Signature.Kind.UNSIGNED) {
                    untrusted.add(PluginProblem.of(Kind.UNSIGNED, bundle.getKey().label()));
                } else if (s.kind() == Signature.Kind.UNKNOWN_SIGNER) {
                    untrusted.add(PluginProblem.of(Kind.UNKNOWN_SIGNER, bundle.getKey().label(), s.signer(), s.fingerprint()));
                }
            }
            if (untrusted.isEmpty()) {
                return;
            }
            if (!trustNow) {
                throw new PluginException(untrusted);
            }
            for (Map.Entry<Candidate, Signature> bundle : judged.entrySet()) {
                if (bundle.getValue().kind() != Signature.Kind.TRUSTED) {
                    trust.trust(bundle.getKey(), signatures.get(bundle.getKey()));
                }
            }
        }
    }

    Result examine(Offer offer) throws IOException {
        List<PluginProblem> refusals = new ArrayList<>();
        Map<Candidate, JarSignature> signatures = new LinkedHashMap<>();
        Map<Candidate, Signature> judged = new LinkedHashMap<>();
        for (Candidate candidate : offer.bundles()) {
            if (isCoreBundle(candidate.symbolicName())) {
                refusals.add(PluginProblem.of(Kind.CORE_BUNDLE, candidate.symbolicName()));
            }
            JarSignature signature = JarSignature.of(candidate.jar());
            if (signature.mixed()) {
                refusals.add(PluginProblem.of(Kind.MIXED_SIGNERS, candidate.label()));
            } else if (!signature.intact()) {
                refusals.add(PluginProblem.of(Kind.TAMPERED, candidate.label(), signature.broken()));
            }
            signatures.put(candidate, signature);
            judged.put(candidate, trust.judge(candidate, signature));
        }
        TrialInstall.Findings findings = trial.check(offer.bundles(), offer.feature());
        refusals.addAll(findings.refusals());
        List<String> instruments = findings.instrumentIds().values().stream().flatMap(List::stream).distinct().toList();
        Optional<String> firstInstrument = findings.instrumentIds().entrySet().stream()
                .filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).findFirst();
        Inspection inspection = new Inspection(offer.id(), offer.name() == null ? offer.id() : offer.name(),
                offer.vendor() == null ? "" : offer.vendor(), offer.version(), weakest(judged.values()), instruments, refusals);
        return new Result(inspection, signatures, judged, firstInstrument);
    }

    /** The signature of a kept jar as the consultant's trust stands now. */
    Signature signatureOf(Path keptJar) {
        try {
            JarSignature signature = keptSignatures.get(keptJar);
            if (signature == null) {
                signature = JarSignature.of(keptJar);
                keptSignatures.put(keptJar, signature);
            }
            return trust.judge(Candidate.read(keptJar), signature);
        } catch (IOException e) {
            return new Signature(Signature.Kind.UNSIGNED, "", "");
        }
    }

    /** A bundle of Koers itself: installed, but not as a plugin (nor as a trial). */
    boolean isCoreBundle(String symbolicName) {
        for (Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())
                    && !bundle.getLocation().startsWith(FrameworkSync.LOCATION_PREFIX)
                    && !bundle.getLocation().startsWith(TrialInstall.LOCATION_PREFIX)) {
                return true;
            }
        }
        return false;
    }

    /** The signature that asks most of the consultant: unsigned before unknown signer before trusted. */
    private static Signature weakest(Iterable<Signature> signatures) {
        Signature weakest = null;
        for (Signature s : signatures) {
            if (weakest == null || s.kind().ordinal() > weakest.kind().ordinal()) {
                weakest = s;
            }
        }
        return weakest;
    }
}
