package nl.koers.document.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import nl.koers.document.DocumentState;

/** Who hears of a document's states, each on the executor it chose, in the order the states were made. */
final class Subscribers {
    /** One listener and where it hears. */
    record Subscriber(Executor executor, Consumer<DocumentState> listener) {
    }

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    /** Adds {@code s} and tells it {@code now}; on the document thread, so nothing older reaches it after. */
    void add(Subscriber s, DocumentState now) {
        subscribers.add(s);
        deliver(s, now);
    }

    void remove(Subscriber s) {
        subscribers.remove(s);
    }

    void tell(DocumentState state) {
        for (Subscriber s : subscribers) {
            deliver(s, state);
        }
    }

    private void deliver(Subscriber s, DocumentState value) {
        try {
            s.executor().execute(() -> s.listener().accept(value));
        } catch (RuntimeException gone) {
            // the face's thread is gone (a disposed display): it hears nothing more
            subscribers.remove(s);
        }
    }
}
