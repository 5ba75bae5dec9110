package nl.koers.instrument.partnermodel.internal.template;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.util.tracker.BundleTracker;

/**
 * The extender: finds canvas templates in other bundles. A bundle offers templates with the manifest header
 * {@value #HEADER}, a comma-separated list of JSON files in the bundle; they are offered while the bundle is
 * started. A file that cannot be used is reported with the bundle, the file and the place of the mistake, and
 * the bundle's other templates are offered all the same.
 */
public final class TemplateExtender extends BundleTracker<TemplateExtender.Found> {
    /** The manifest header that lists a bundle's canvas templates. */
    public static final String HEADER = "Koers-Canvas-Templates";

    /** What one bundle offers: the templates that could be read and what was wrong with the others. */
    public record Found(long bundleId, List<CanvasTemplate> templates, List<TemplateProblem> problems) {
    }

    /** Hears bundles come and go; called on the framework's thread. */
    public interface Listener {
        void found(Found found);

        void lost(Found found);
    }

    private final Listener listener;

    public TemplateExtender(BundleContext context, Listener listener) {
        super(context, Bundle.STARTING | Bundle.ACTIVE, null);
        this.listener = listener;
    }

    @Override
    public Found addingBundle(Bundle bundle, BundleEvent event) {
        String header = bundle.getHeaders("").get(HEADER);
        if (header == null || header.isBlank()) {
            return null;
        }
        Found found = read(bundle, header);
        listener.found(found);
        return found;
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Found found) {
        listener.lost(found);
    }

    private static Found read(Bundle bundle, String header) {
        String name = bundle.getSymbolicName() + " " + bundle.getVersion();
        List<CanvasTemplate> templates = new ArrayList<>();
        List<TemplateProblem> problems = new ArrayList<>();
        for (String entry : header.split(",")) {
            String path = entry.strip();
            if (path.isEmpty()) {
                continue;
            }
            URL url = bundle.getEntry(path);
            if (url == null) {
                problems.add(new TemplateProblem(name, path, 0, 0, "notFound", List.of(HEADER)));
                continue;
            }
            try (InputStream in = url.openStream()) {
                templates.add(new TemplateReader(name, path).read(in));
            } catch (TemplateException e) {
                problems.add(e.problem());
            } catch (IOException e) {
                problems.add(new TemplateProblem(name, path, 0, 0, "unreadable", List.of(String.valueOf(e.getMessage()))));
            }
        }
        return new Found(bundle.getBundleId(), List.copyOf(templates), List.copyOf(problems));
    }
}
