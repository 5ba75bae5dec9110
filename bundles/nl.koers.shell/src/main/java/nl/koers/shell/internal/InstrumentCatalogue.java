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
import java.util.concurrent.CopyOnWriteArrayList;
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

    private final List<Instrument> instruments = new CopyOnWriteArrayList<>();
    private final Map<String, InstrumentScreens> screens = new ConcurrentHashMap<>();
    private final List<Printable> printables = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** Instruments that threw while working, by id: they stay listed as failed until their bundle comes again. */
    private final Map<String, String> stopped = new ConcurrentHashMap<>();
    /** The plugins the plugin manager lists as failed; those whose instrument is not here are entries too. */
    private volatile List<Plugin> failedPlugins = List.of();
    /** What plugins add to the Extra menu. */
    private final Extras extras = new Extras();

    Extras extras() {
        return extras;
    }

    /** Whether the instrument with that id threw and was stopped. */
    boolean stopped(String instrumentId) {
        return stopped.containsKey(instrumentId);
    }

    void add(Instrument instrument) {
        instruments.add(instrument);
        // a new registration is a new start (an update, an enable): what stopped the old one is history
        stopped.remove(idOf(instrument));
        listeners.forEach(Runnable::run);
    }

    void remove(Instrument instrument) {
        instruments.remove(instrument);
        listeners.forEach(Runnable::run);
    }

    void addScreens(InstrumentScreens s) {
        screens.put(s.instrumentId(), s);
        listeners.forEach(Runnable::run);
    }

    void removeScreens(InstrumentScreens s) {
        screens.remove(s.instrumentId(), s);
        listeners.forEach(Runnable::run);
    }

    /** The working screens of an instrument, when its bundle offers them. */
    Optional<InstrumentScreens> screens(String instrumentId) {
        return Optional.ofNullable(screens.get(instrumentId));
    }

    void addPrintable(Printable p) {
        printables.add(p);
    }

    void removePrintable(Printable p) {
        printables.remove(p);
    }

    List<Printable> printables() {
        return List.copyOf(printables);
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
        for (Instrument i : instruments) {
            packages.put(i.getClass().getPackageName(), idOf(i));
        }
        screens.forEach((id, s) -> packages.put(s.getClass().getPackageName(), id));
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
        return instruments.stream().filter(i -> i.getClass().getPackageName().equals(pkg)).map(InstrumentCatalogue::idOf)
                .findFirst();
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
        return instruments.stream().filter(i -> instrumentId.equals(idOf(i))).findFirst();
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
     * failed plugin none of whose instruments came.
     */
    List<Entry> entries(Locale locale) {
        List<Entry> out = new ArrayList<>();
        for (Instrument i : instruments) {
            out.add(describe(i, locale));
        }
        Set<String> here = instruments.stream().map(InstrumentCatalogue::idOf).collect(Collectors.toSet());
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
