package nl.koers.shell.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import nl.koers.instrument.api.Instrument;
import nl.koers.instrument.api.InstrumentDescriptor;
import nl.koers.instrument.api.print.Printable;
import nl.koers.instrument.api.swt.InstrumentScreens;
import nl.koers.plugins.Plugin;

/**
 * The instruments that are installed right now. The framework adds and removes them on its own threads
 * (bundles start and stop while the window is open); listeners hear of every change and must move to the
 * UI thread themselves. Every call into an instrument is guarded: one that throws is listed as failed.
 */
final class InstrumentCatalogue {
    /**
     * One instrument as the catalogue shows it: its descriptor (null when it could not describe itself), and the
     * error that stopped it, empty while it works. A plugin whose instrument never came is an entry too: without an
     * instrument, under the plugin's name, with the plugin manager's error.
     */
    record Entry(Instrument instrument, String id, String pluginName, InstrumentDescriptor descriptor, String error) {
        boolean failed() {
            return !error.isEmpty();
        }

        /** A plugin that failed before its instrument was there. */
        boolean pluginFailed() {
            return instrument == null;
        }

        String name() {
            return descriptor != null ? descriptor.name() : pluginName.isEmpty() ? id : pluginName;
        }

        static Entry of(Plugin failed) {
            String id = failed.instrumentIds().isEmpty() ? failed.symbolicName() : failed.instrumentIds().get(0);
            return new Entry(null, id, failed.name(), null, failed.error().isEmpty() ? "?" : failed.error());
        }
    }

    private final List<Owned<Instrument>> instruments = new CopyOnWriteArrayList<>();
    private final List<Owned<InstrumentScreens>> screens = new CopyOnWriteArrayList<>();
    private final List<Owned<Printable>> printables = new CopyOnWriteArrayList<>();
    /** Hears, once each, of a service left out because an older bundle owns its id: the log. */
    private final Consumer<String> refusals;
    private final Set<String> refusalsTold = ConcurrentHashMap.newKeySet();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Instruments that threw while working, by id: they stay listed as failed until their bundle comes again. */
    private final Map<String, String> stopped = new ConcurrentHashMap<>();
    /** The plugins the plugin manager lists as failed; those whose instrument is not here are entries too. */
    private volatile List<Plugin> failedPlugins = List.of();
    /** What plugins add to the Extra menu. */
    private final Extras extras = new Extras();

    InstrumentCatalogue() {
        this(refusal -> { });
    }

    InstrumentCatalogue(Consumer<String> refusals) {
        this.refusals = refusals;
    }

    Extras extras() {
        return extras;
    }

    /** Whether the instrument with that id threw and was stopped. */
    boolean stopped(String instrumentId) {
        return stopped.containsKey(instrumentId);
    }

    void add(Instrument instrument) {
        add(Owned.unbundled(instrument));
    }

    void add(Owned<Instrument> owned) {
        Instrument instrument = owned.service();
        instruments.add(owned);
        // a new registration is a new start (an update, an enable): what stopped the old one is history
        stopped.remove(idOf(instrument));
        listeners.forEach(Runnable::run);
    }

    void remove(Instrument instrument) {
        instruments.removeIf(o -> o.service() == instrument);
        listeners.forEach(Runnable::run);
    }

    void addScreens(InstrumentScreens s) {
        addScreens(Owned.unbundled(s));
    }

    void addScreens(Owned<InstrumentScreens> s) {
        screens.add(s);
        listeners.forEach(Runnable::run);
    }

    void removeScreens(InstrumentScreens s) {
        screens.removeIf(o -> o.service() == s);
        listeners.forEach(Runnable::run);
    }

    /** The working screens of an instrument, when a bundle offers them: those of the bundle installed first. */
    Optional<InstrumentScreens> screens(String instrumentId) {
        return screenOwners().stream().filter(s -> instrumentId.equals(screensId(s))).findFirst();
    }

    void addPrintable(Printable p) {
        addPrintable(Owned.unbundled(p));
    }

    void addPrintable(Owned<Printable> p) {
        printables.add(p);
    }

    void removePrintable(Printable p) {
        printables.removeIf(o -> o.service() == p);
    }

    /** Per id the printable of the bundle installed first. */
    List<Printable> printables() {
        return Owned.firstOwners(printables, InstrumentCatalogue::printableId, refused("the printable"));
    }

    private List<Instrument> instrumentOwners() {
        return Owned.firstOwners(instruments, InstrumentCatalogue::idOf, refused("the instrument"));
    }

    private List<InstrumentScreens> screenOwners() {
        return Owned.firstOwners(screens, InstrumentCatalogue::screensId, refused("the screens of instrument"));
    }

    /** Tells the log, once, that a later bundle's service with an owned id is left out. */
    private <T> Owned.Refusal<T> refused(String what) {
        return (later, owner, id) -> {
            String text = later.bundle() + " (bundle " + later.bundleId() + ") also offers " + what + " " + id
                    + ", which belongs to " + owner.bundle() + ": left out";
            if (refusalsTold.add(text + " " + later.service().getClass().getName())) {
                refusals.accept(text);
            }
        };
    }

    void onChange(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    int size() {
        return instruments.size();
    }

    /** The plugins the plugin manager lists as failed now. */
    void failedPlugins(List<Plugin> failed) {
        failedPlugins = List.copyOf(failed);
        listeners.forEach(Runnable::run);
    }

    /** Marks an instrument as failed: it is listed with the error and cannot be started until it comes again. */
    void markFailed(String instrumentId, Throwable error) {
        stopped.put(instrumentId, String.valueOf(error));
        listeners.forEach(Runnable::run);
    }

    /**
     * The instrument whose code threw {@code error}: the topmost frame that lies in the package of one of its
     * services (or below it). Empty when the error did not pass through instrument code.
     */
    Optional<String> ownerOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<String> owner = ownerOf(t.getStackTrace());
            if (owner.isPresent()) {
                return owner;
            }
        }
        return Optional.empty();
    }

    /** The instrument whose code the topmost of these frames (a thread's stack, a failure's) lies in, if any. */
    Optional<String> ownerOf(StackTraceElement[] frames) {
        Map<String, String> packages = new HashMap<>();
        for (Owned<Instrument> i : instruments) {
            packages.put(i.service().getClass().getPackageName(), idOf(i.service()));
        }
        for (Owned<InstrumentScreens> s : screens) {
            packages.put(s.service().getClass().getPackageName(), String.valueOf(screensId(s.service())));
        }
        for (StackTraceElement frame : frames) {
            String owner = ownerOf(frame.getClassName(), packages);
            if (owner != null) {
                return Optional.of(owner);
            }
        }
        return Optional.empty();
    }

    /** The instrument whose service class lies in the same package as {@code printable}'s, if any. */
    Optional<String> ownerOf(Printable printable) {
        String pkg = printable.getClass().getPackageName();
        return instruments.stream().map(Owned::service).filter(i -> i.getClass().getPackageName().equals(pkg))
                .map(InstrumentCatalogue::idOf).findFirst();
    }

    private static String ownerOf(String className, Map<String, String> packages) {
        for (var p : packages.entrySet()) {
            if (className.startsWith(p.getKey() + ".")) {
                return p.getValue();
            }
        }
        return null;
    }

    /** The instrument's own service, for what the window tells the plugin manager. */
    Optional<Instrument> instrument(String instrumentId) {
        return instrumentOwners().stream().filter(i -> instrumentId.equals(idOf(i))).findFirst();
    }

    /** The id of plugin code that may throw: null then, and the screens fail where they are used. */
    private static String screensId(InstrumentScreens screens) {
        try {
            return screens.instrumentId();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static String printableId(Printable printable) {
        try {
            return printable.id();
        } catch (RuntimeException | LinkageError e) {
            return null;
        }
    }

    private static String idOf(Instrument instrument) {
        try {
            return instrument.id();
        } catch (RuntimeException | LinkageError e) {
            return instrument.getClass().getName();
        }
    }

    /**
     * The entries in {@code locale}, sorted by name; an instrument that fails is listed, not dropped, and so is a
     * failed plugin none of whose instruments came; one whose id an older bundle owns is left out (and named in
     * the log).
     */
    List<Entry> entries(Locale locale) {
        List<Entry> out = new ArrayList<>();
        for (Instrument i : instrumentOwners()) {
            out.add(describe(i, locale));
        }
        Set<String> here = instruments.stream().map(o -> idOf(o.service())).collect(Collectors.toSet());
        for (Plugin p : failedPlugins) {
            if (p.instrumentIds().stream().noneMatch(here::contains)) {
                out.add(Entry.of(p));
            }
        }
        out.sort(Comparator.comparing(Entry::name, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private Entry describe(Instrument instrument, Locale locale) {
        String id = "?";
        try {
            id = instrument.id();
            InstrumentDescriptor d = instrument.describe(locale);
            if (d == null) {
                return new Entry(instrument, id, "", null, "no description");
            }
            return new Entry(instrument, id, "", d, stopped.getOrDefault(id, ""));
        } catch (RuntimeException | LinkageError e) {
            return new Entry(instrument, id.equals("?") ? instrument.getClass().getName() : id, "", null,
                    String.valueOf(e));
        }
    }
}
