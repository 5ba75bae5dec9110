package nl.koers.instrument.api.data;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import nl.koers.domain.Dossier;
import nl.koers.domain.EditRefused;
import nl.koers.domain.EditRefused.Reason;
import nl.koers.domain.Limits;
import nl.koers.domain.edit.Edit;

/**
 * One instrument's own data in a dossier, read and written as a record of type {@code T}. Immutable and safe to
 * keep in a constant; see the package description for what a record may hold and how versions work.
 *
 * @param <T> the record that describes the data
 */
public final class InstrumentData<T extends Record> {
    /** The key under which the tree carries the version of the data. */
    public static final String VERSION_KEY = "dataVersion";
    /** The label of every edit, a word the domain has: "werk in instrument" / "work in instrument". */
    public static final String EDIT_LABEL = "edit.instrumentData";

    private final String instrumentId;
    private final Class<T> type;
    private final int version;
    private final Map<Integer, UnaryOperator<Map<String, Object>>> upgrades;
    private final T empty;

    private InstrumentData(String instrumentId, Class<T> type, Map<Integer, UnaryOperator<Map<String, Object>>> upgrades,
            T empty) {
        this.instrumentId = instrumentId;
        this.type = type;
        DataVersion v = type.getAnnotation(DataVersion.class);
        this.version = v == null ? 1 : v.value();
        this.upgrades = upgrades;
        this.empty = empty;
    }

    /**
     * The data of the instrument {@code instrumentId}, described by {@code type}. Call it once and keep the result
     * in a constant.
     *
     * @param <T> the record that describes the data
     * @param instrumentId the instrument's id: the key of its data in the dossier
     * @param type the record class, annotated with {@link DataVersion} from version 2 on
     * @return the data of version 1, or of the record's {@link DataVersion}, without upgrades yet
     * @throws IllegalArgumentException when the record holds a type a dossier cannot keep (naming the component),
     *         has a component named {@value #VERSION_KEY}, declares a version below 1, or refuses its empty values
     */
    public static <T extends Record> InstrumentData<T> of(String instrumentId, Class<T> type) {
        Limits.key(Objects.requireNonNull(instrumentId, "instrumentId"));
        Codec.check(Objects.requireNonNull(type, "type"), type.getSimpleName(), new HashSet<>());
        for (var c : type.getRecordComponents()) {
            if (c.getName().equals(VERSION_KEY)) {
                throw new IllegalArgumentException(type.getSimpleName() + "." + VERSION_KEY + ": the name is Koers's own");
            }
        }
        DataVersion v = type.getAnnotation(DataVersion.class);
        if (v != null && v.value() < 1) {
            throw new IllegalArgumentException(type.getSimpleName() + ": a data version is 1 or more, not " + v.value());
        }
        Object empty = Codec.absent(type);
        if (empty == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " refuses its empty values, so an instrument "
                    + "without data cannot be read");
        }
        return new InstrumentData<>(instrumentId, type, Map.of(), type.cast(empty));
    }

    /**
     * The same, with the step that brings data of version {@code from} to {@code from + 1}. The step gets the tree
     * as maps and lists it may change, without {@value #VERSION_KEY}, and returns the tree of the next version.
     * Register one step for every version below the record's; a missing step fails the read of data that needs it.
     *
     * @param from the version the step starts from, 1 or more and below the record's version
     * @param upgrade changes the tree of version {@code from} into one of version {@code from + 1}
     * @return a new {@code InstrumentData} with the step added; this one is unchanged
     * @throws IllegalArgumentException when {@code from} is out of range or already has a step
     */
    public InstrumentData<T> from(int from, UnaryOperator<Map<String, Object>> upgrade) {
        if (from < 1 || from >= version) {
            throw new IllegalArgumentException(type.getSimpleName() + " is data version " + version
                    + ": an upgrade from " + from + " would never run");
        }
        Map<Integer, UnaryOperator<Map<String, Object>>> next = new TreeMap<>(upgrades);
        if (next.put(from, Objects.requireNonNull(upgrade, "upgrade")) != null) {
            throw new IllegalArgumentException("two upgrades from data version " + from);
        }
        return new InstrumentData<>(instrumentId, type, Map.copyOf(next), empty);
    }

    /** {@return the id of the instrument this data belongs to} */
    public String instrumentId() {
        return instrumentId;
    }

    /** {@return the version of the data this plugin reads and writes: its record's {@link DataVersion}, or 1} */
    public int version() {
        return version;
    }

    /**
     * {@return what {@link #read} gives for a dossier without this instrument's data} The record of absent values:
     * empty texts, lists and maps, zeros, false.
     */
    public T empty() {
        return empty;
    }

    /**
     * The data in the dossier, upgraded when an older version of the plugin wrote it; {@link #empty()} when there is
     * none. Data of a newer version is read as well as this version can: check {@link #readOnly}.
     *
     * @param dossier the dossier, usually {@code context.dossier()}
     * @return the data; never null
     * @throws IllegalStateException when an upgrade step the data needs was not registered
     */
    public T read(Dossier dossier) {
        Map<String, Object> tree = current(dossier);
        if (tree == null) {
            return empty;
        }
        Object value = Codec.decode(tree, type);
        return value == Codec.UNREADABLE ? empty : type.cast(value);
    }

    /**
     * {@return the version of the data in the dossier: 0 when there is none, 1 for data from before versions}
     * {@link Integer#MAX_VALUE} for a tree this plugin never wrote (not a map, or an unreadable version).
     *
     * @param dossier the dossier
     */
    public int storedVersion(Dossier dossier) {
        Object tree = dossier.instrumentData().get(instrumentId);
        if (tree == null) {
            return 0;
        }
        if (tree instanceof Map<?, ?> m) {
            Object v = m.get(VERSION_KEY);
            if (v == null) {
                return 1;
            }
            if (v instanceof Number n && n.doubleValue() >= 1 && n.doubleValue() <= Integer.MAX_VALUE) {
                return n.intValue();
            }
        }
        return Integer.MAX_VALUE; // not a tree this plugin ever wrote: someone newer did
    }

    /**
     * Whether the data was written by a newer version of the plugin: it is shown as well as this version can, but
     * every {@link #write} and {@link #update} on it is refused, so nothing of it is lost.
     *
     * @param dossier the dossier
     * @return true when the screens should show the data without offering to change it
     */
    public boolean readOnly(Dossier dossier) {
        return storedVersion(dossier) > version;
    }

    /**
     * {@return an edit that makes the data {@code value}} Keys and entries this version cannot read stay as they
     * are. Apply it with {@code context.apply}, and Ctrl+Z takes it back.
     *
     * @param value the whole data as it should be
     */
    public Edit write(T value) {
        Objects.requireNonNull(value, "value");
        return new Edit(EDIT_LABEL, d -> written(d, value));
    }

    /**
     * An edit that changes the data as it is when the edit is applied, so it never undoes a change made in between
     * (by another face, or a background task). {@code change} may refuse by throwing.
     *
     * <pre>{@code
     * context.apply(DATA.update(board -> board.withTheme(theme)));
     * }</pre>
     *
     * @param change from the data as it is to the data as it should be; it must not return null
     * @return the edit, to apply with {@code context.apply}
     */
    public Edit update(UnaryOperator<T> change) {
        Objects.requireNonNull(change, "change");
        return new Edit(EDIT_LABEL, d -> written(d, Objects.requireNonNull(change.apply(read(d)), "changed data")));
    }

    private Dossier written(Dossier dossier, T value) {
        int stored = storedVersion(dossier);
        if (stored > version) {
            throw new EditRefused(Reason.DATA_FROM_NEWER_VERSION, instrumentId,
                    stored == Integer.MAX_VALUE ? "?" : stored, version);
        }
        Map<String, Object> old = current(dossier);
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) Codec.encode(value, type, old == null ? Map.of() : old);
        if (tree.isEmpty()) {
            return dossier.withInstrumentData(instrumentId, null);
        }
        Map<String, Object> out = Codec.plainCopy(tree);
        out.put(VERSION_KEY, version);
        return dossier.withInstrumentData(instrumentId, out);
    }

    /** The tree in this plugin's version, without the version key; null when there is none. */
    private Map<String, Object> current(Dossier dossier) {
        int stored = storedVersion(dossier);
        if (stored == 0 || !(dossier.instrumentData().get(instrumentId) instanceof Map<?, ?> m)) {
            return null;
        }
        Map<String, Object> tree = Codec.plainCopy(m);
        tree.remove(VERSION_KEY);
        for (int v = stored; v < version; v++) {
            UnaryOperator<Map<String, Object>> step = upgrades.get(v);
            if (step == null) {
                throw new IllegalStateException(instrumentId + ": no upgrade of its data from version " + v + " to "
                        + (v + 1));
            }
            int from = v;
            tree = Codec.plainCopy(Objects.requireNonNull(step.apply(tree),
                    () -> instrumentId + ": the upgrade from version " + from + " returned nothing"));
            tree.remove(VERSION_KEY);
        }
        return tree;
    }
}
