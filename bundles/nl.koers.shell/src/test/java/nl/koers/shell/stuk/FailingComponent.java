package nl.koers.shell.stuk;

/** A broken plugin on purpose: its Declarative Services component throws in its activate method. */
public final class FailingComponent {
    public void activate() {
        throw new IllegalArgumentException("component weigert te activeren");
    }
}
