package nl.koers.instrument.api.data;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.koers.domain.Limits;

/**
 * Records to and from the plain tree the dossier keeps: maps, lists, strings, numbers and booleans. Reading is
 * lenient (what cannot be read is absent); writing keeps what the tree held that the value does not speak of.
 */
final class Codec {
    /** What {@link #decode} returns for a tree this version cannot read as the type. */
    static final Object UNREADABLE = new Object();

    private Codec() {
    }

    // ---- the types a record may hold

    /** Refuses a type the tree cannot hold, naming where it is. */
    static void check(Type type, String where, Set<Class<?>> seen) {
        Class<?> raw = raw(type);
        if (raw == List.class || raw == Map.class) {
            if (!(type instanceof ParameterizedType p)) {
                throw unsupported(type, where);
            }
            Type[] args = p.getActualTypeArguments();
            if (raw == Map.class && args[0] != String.class) {
                throw new IllegalArgumentException(where + ": a map's keys must be String, not " + args[0]);
            }
            check(args[args.length - 1], where, seen);
        } else if (raw != null && raw.isRecord()) {
            if (seen.add(raw)) {
                for (RecordComponent c : raw.getRecordComponents()) {
                    check(c.getGenericType(), raw.getSimpleName() + "." + c.getName(), seen);
                }
            }
        } else if (raw == null || !(raw.isEnum() || leaf(raw))) {
            throw unsupported(type, where);
        }
    }

    private static boolean leaf(Class<?> c) {
        return c == String.class || c == boolean.class || c == Boolean.class || c == int.class || c == Integer.class
                || c == long.class || c == Long.class || c == BigDecimal.class || c == LocalDate.class;
    }

    private static IllegalArgumentException unsupported(Type type, String where) {
        return new IllegalArgumentException(where + ": " + type.getTypeName() + " cannot be kept in a dossier; use "
                + "String, boolean, int, long, BigDecimal, LocalDate, an enum, a record, List<...> or Map<String, ...>");
    }

    // ---- reading

    /** The value of an absent tree: empty, zero, false, or null where absence means "not given". */
    static Object absent(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return "";
        } else if (raw == boolean.class) {
            return false;
        } else if (raw == int.class) {
            return 0;
        } else if (raw == long.class) {
            return 0L;
        } else if (raw == List.class) {
            return List.of();
        } else if (raw == Map.class) {
            return Map.of();
        } else if (raw.isRecord()) {
            Object empty = decode(Map.of(), type);
            return empty == UNREADABLE ? null : empty;
        }
        return null;
    }

    /** The tree as a value of the type, or {@link #UNREADABLE}; null (absent) is unreadable too. */
    static Object decode(Object tree, Type type) {
        Class<?> raw = raw(type);
        if (tree == null) {
            return UNREADABLE;
        } else if (raw == String.class) {
            return tree instanceof String ? tree : UNREADABLE;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return tree instanceof Boolean ? tree : UNREADABLE;
        } else if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class) {
            return whole(tree, raw == int.class || raw == Integer.class);
        } else if (raw == BigDecimal.class) {
            return decimal(tree);
        } else if (raw == LocalDate.class) {
            return date(tree);
        } else if (raw.isEnum()) {
            return constant(tree, raw);
        } else if (raw == List.class) {
            return tree instanceof List<?> list ? list(list, argument(type)) : UNREADABLE;
        } else if (raw == Map.class) {
            return tree instanceof Map<?, ?> map ? map(map, argument(type)) : UNREADABLE;
        }
        return tree instanceof Map<?, ?> map ? record(map, raw) : UNREADABLE;
    }

    private static Object whole(Object tree, boolean isInt) {
        if (!(tree instanceof Number n)) {
            return UNREADABLE;
        }
        try {
            BigDecimal d = decimalOf(n);
            return isInt ? (Object) d.intValueExact() : (Object) d.longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            return UNREADABLE;
        }
    }

    private static Object decimal(Object tree) {
        try {
            return tree instanceof Number n ? decimalOf(n) : UNREADABLE;
        } catch (NumberFormatException e) {
            return UNREADABLE; // NaN or an infinity
        }
    }

    private static BigDecimal decimalOf(Number n) {
        if (n instanceof BigDecimal d) {
            return d;
        } else if (n instanceof BigInteger i) {
            return new BigDecimal(i);
        } else if (n instanceof Double || n instanceof Float) {
            return new BigDecimal(n.toString());
        }
        return BigDecimal.valueOf(n.longValue());
    }

    private static Object date(Object tree) {
        try {
            return tree instanceof String s ? LocalDate.parse(s) : UNREADABLE;
        } catch (DateTimeParseException e) {
            return UNREADABLE;
        }
    }

    private static Object constant(Object tree, Class<?> type) {
        if (tree instanceof String s) {
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(s)) {
                    return c;
                }
            }
        }
        return UNREADABLE;
    }

    private static Object list(List<?> tree, Type element) {
        List<Object> out = new ArrayList<>();
        for (Object o : tree) {
            Object v = decode(o, element);
            if (v != UNREADABLE) {
                out.add(v);
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static Object map(Map<?, ?> tree, Type value) {
        Map<String, Object> out = new LinkedHashMap<>();
        tree.forEach((k, o) -> {
            Object v = decode(o, value);
            if (v != UNREADABLE) {
                out.put(String.valueOf(k), v);
            }
        });
        return Collections.unmodifiableMap(out);
    }

    private static Object record(Map<?, ?> tree, Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Type t = components[i].getGenericType();
            Object v = decode(tree.get(components[i].getName()), t);
            values[i] = v == UNREADABLE ? absent(t) : v;
        }
        try {
            return constructor(type).newInstance(values);
        } catch (InvocationTargetException e) {
            return UNREADABLE; // the record refuses these values (an id that must be there, a range)
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a " + type.getName(), e);
        }
    }

    // ---- writing

    /**
     * The value as a tree. Where {@code old} (the tree it was read from, or null) reads as the same value, it is
     * kept as it was; otherwise keys and entries this version cannot read are carried over from it. Null: nothing.
     */
    static Object encode(Object value, Type type, Object old) {
        if (value == null) {
            return null;
        }
        if (old != null && value.equals(decode(old, type))) {
            return old;
        }
        Class<?> raw = raw(type);
        if (value instanceof String s) {
            return Limits.text(s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof BigDecimal) {
            return value;
        } else if (value instanceof LocalDate || value instanceof Enum<?>) {
            return value instanceof Enum<?> e ? e.name() : value.toString();
        } else if (raw == List.class) {
            return encodeList((List<?>) value, argument(type), old instanceof List<?> l ? l : List.of());
        } else if (raw == Map.class) {
            return encodeMap((Map<?, ?>) value, argument(type), old instanceof Map<?, ?> m ? m : Map.of());
        }
        return encodeRecord(value, raw, old instanceof Map<?, ?> m ? m : Map.of());
    }

    private static Map<String, Object> encodeRecord(Object value, Class<?> type, Map<?, ?> old) {
        Map<String, Object> out = plainCopy(old);
        for (RecordComponent c : type.getRecordComponents()) {
            Object tree = encode(get(c, value), c.getGenericType(), old.get(c.getName()));
            boolean empty = tree == null || (tree instanceof Map<?, ?> m && m.isEmpty())
                    || (tree instanceof List<?> l && l.isEmpty());
            if (empty) {
                out.remove(c.getName());
            } else {
                out.put(c.getName(), tree);
            }
        }
        return out;
    }

    private static Map<String, Object> encodeMap(Map<?, ?> value, Type type, Map<?, ?> old) {
        Map<String, Object> out = new LinkedHashMap<>();
        old.forEach((k, o) -> {
            String key = String.valueOf(k);
            if (value.containsKey(key)) {
                put(out, key, encode(value.get(key), type, o));
            } else if (decode(o, type) == UNREADABLE) {
                out.put(key, o); // not this version's to remove: it could not read it
            }
        });
        value.forEach((k, v) -> {
            String key = Objects.requireNonNull((String) k, "a key in an instrument's data");
            if (!out.containsKey(key)) {
                put(out, Limits.key(key), encode(v, type, null));
            }
        });
        return out;
    }

    private static List<Object> encodeList(List<?> value, Type type, List<?> old) {
        List<Object> readable = new ArrayList<>();
        List<Object> readableValues = new ArrayList<>();
        Map<Integer, Object> unreadable = new LinkedHashMap<>();
        for (int i = 0; i < old.size(); i++) {
            Object v = decode(old.get(i), type);
            if (v == UNREADABLE) {
                unreadable.put(i, old.get(i));
            } else {
                readable.add(old.get(i));
                readableValues.add(v);
            }
        }
        RecordComponent id = idComponent(raw(type));
        Set<Integer> used = new HashSet<>();
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            Object element = value.get(i);
            int match = id == null ? (i < readable.size() ? i : -1) : sameId(id, element, readableValues, used);
            used.add(match);
            Object tree = encode(element, type, match < 0 ? null : readable.get(match));
            if (tree != null) {
                out.add(tree);
            }
        }
        unreadable.forEach((at, o) -> out.add(Math.min(at, out.size()), o));
        return out;
    }

    private static int sameId(RecordComponent id, Object element, List<Object> olds, Set<Integer> used) {
        Object wanted = element == null ? null : get(id, element);
        for (int i = 0; i < olds.size(); i++) {
            if (!used.contains(i) && wanted != null && wanted.equals(get(id, olds.get(i)))) {
                return i;
            }
        }
        return -1;
    }

    private static RecordComponent idComponent(Class<?> type) {
        if (type != null && type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (c.getName().equals("id")) {
                    return c;
                }
            }
        }
        return null;
    }

    private static void put(Map<String, Object> out, String key, Object tree) {
        if (tree != null) {
            out.put(key, tree);
        }
    }

    // ---- the tree and reflection

    /** A deep copy in maps and lists that can be changed: what an upgrade gets. */
    static Map<String, Object> plainCopy(Map<?, ?> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        tree.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
        return out;
    }

    private static Object plain(Object tree) {
        if (tree instanceof Map<?, ?> m) {
            return plainCopy(m);
        } else if (tree instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(o -> out.add(plain(o)));
            return out;
        }
        return tree;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
    }

    private static Type argument(Type type) {
        Type[] args = ((ParameterizedType) type).getActualTypeArguments();
        return args[args.length - 1];
    }

    private static Object get(RecordComponent c, Object record) {
        try {
            var accessor = c.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c, e);
        }
    }

    private static Constructor<?> constructor(Class<?> type) throws NoSuchMethodException {
        Class<?>[] types = java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        Constructor<?> c = type.getDeclaredConstructor(types);
        c.setAccessible(true);
        return c;
    }
}
