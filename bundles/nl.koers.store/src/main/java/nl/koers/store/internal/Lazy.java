package nl.koers.store.internal;

import java.util.function.Supplier;

/** A value made once, on first use, by whichever thread gets there first. */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> maker;
    private volatile T value;

    Lazy(Supplier<T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = maker.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
