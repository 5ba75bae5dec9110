package nl.koers.instrument.partnermodel.internal.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.Edit;

/**
 * Every canvas template on offer: the standard one of this bundle, and those that other bundles bring
 * ({@link TemplateExtender}). Which one a dossier uses is kept in the dossier, under this instrument's id.
 * Thread-safe: bundles come and go on the framework's thread while the window reads.
 */
@Component(service = TemplateCatalogue.class)
public final class TemplateCatalogue {
    /** The instrument's id, under which a dossier keeps its choice of template. */
    public static final String INSTRUMENT = "partnermodel";
    private static final String CHOICE = "template";
    private static final String STANDARD_FILE = "templates/standaard.json";

    /** Read on first use: the window binds the printables at start, and JSON reading is not needed to show it. */
    private volatile CanvasTemplate standard;
    private final Map<Long, TemplateExtender.Found> fromBundles = new TreeMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final TemplateExtender extender;

    @Activate
    public TemplateCatalogue(BundleContext context) {
        this.extender = context == null ? null : new TemplateExtender(context, new TemplateExtender.Listener() {
            @Override
            public void found(TemplateExtender.Found found) {
                synchronized (fromBundles) {
                    fromBundles.put(found.bundleId(), found);
                }
                listeners.forEach(Runnable::run);
            }

            @Override
            public void lost(TemplateExtender.Found found) {
                synchronized (fromBundles) {
                    fromBundles.remove(found.bundleId());
                }
                listeners.forEach(Runnable::run);
            }
        });
        if (extender != null) {
            extender.open();
        }
    }

    /** Only the standard template: for use outside a framework (tests, tools). */
    public static TemplateCatalogue standardOnly() {
        return new TemplateCatalogue(null);
    }

    @Deactivate
    void close() {
        if (extender != null) {
            extender.close();
        }
    }

    /** The standard template first, then the others in the order their bundles were installed. */
    public List<CanvasTemplate> templates() {
        List<CanvasTemplate> all = new ArrayList<>(List.of(standard()));
        synchronized (fromBundles) {
            for (TemplateExtender.Found f : fromBundles.values()) {
                for (CanvasTemplate t : f.templates()) {
                    if (all.stream().noneMatch(o -> o.id().equals(t.id()))) {
                        all.add(t);
                    }
                }
            }
        }
        return List.copyOf(all);
    }

    /** What was wrong with templates other bundles brought, including templates whose id was already taken. */
    public List<TemplateProblem> problems() {
        List<TemplateProblem> out = new ArrayList<>();
        List<String> ids = new ArrayList<>(List.of(standard().id()));
        synchronized (fromBundles) {
            for (TemplateExtender.Found f : fromBundles.values()) {
                out.addAll(f.problems());
                for (CanvasTemplate t : f.templates()) {
                    if (ids.contains(t.id())) {
                        String[] origin = t.origin().split(", ", 2);
                        out.add(new TemplateProblem(origin[0], origin.length > 1 ? origin[1] : "", 1, 1,
                                "duplicateTemplate", List.of(t.id())));
                    }
                    ids.add(t.id());
                }
            }
        }
        return List.copyOf(out);
    }

    public Optional<CanvasTemplate> template(String id) {
        return templates().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The template the dossier chose; the standard one when it chose none, or one that is not installed. */
    public CanvasTemplate chosen(Dossier dossier) {
        return template(choiceOf(dossier)).orElseGet(this::standard);
    }

    /** The id of the template the dossier chose, installed or not. */
    public static String choiceOf(Dossier dossier) {
        if (dossier.instrumentData().get(INSTRUMENT) instanceof Map<?, ?> data
                && data.get(CHOICE) instanceof String id && !id.isBlank()) {
            return id;
        }
        return CanvasTemplate.STANDARD;
    }

    /** The edit that makes a dossier use another template; the rest of the instrument's data stays. */
    public static Edit choose(String templateId) {
        return new Edit("edit.instrumentData", d -> {
            Map<String, Object> data = new java.util.LinkedHashMap<>();
            if (d.instrumentData().get(INSTRUMENT) instanceof Map<?, ?> old) {
                old.forEach((k, v) -> data.put(String.valueOf(k), v));
            }
            data.put(CHOICE, templateId);
            return d.withInstrumentData(INSTRUMENT, data);
        });
    }

    /** Hears templates come and go; called on the framework's thread, so a screen hands it to its own. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private CanvasTemplate standard() {
        CanvasTemplate s = standard;
        if (s == null) {
            synchronized (this) {
                if (standard == null) {
                    standard = readStandard();
                }
                s = standard;
            }
        }
        return s;
    }

    private static CanvasTemplate readStandard() {
        try (InputStream in = TemplateCatalogue.class.getClassLoader().getResourceAsStream(STANDARD_FILE)) {
            if (in == null) {
                throw new IllegalStateException(STANDARD_FILE + " is missing from the partnermodel bundle");
            }
            return new TemplateReader("nl.koers.instrument.partnermodel", STANDARD_FILE).read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (TemplateException e) {
            throw new IllegalStateException("the standard canvas template is broken: " + e.getMessage(), e);
        }
    }
}
