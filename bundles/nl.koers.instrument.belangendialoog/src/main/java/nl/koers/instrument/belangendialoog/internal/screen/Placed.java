package nl.koers.instrument.belangendialoog.internal.screen;

/** An item of a long list with its place in the whole list, from 0: what its row's ids count by. */
record Placed<T>(int place, T item) {
}
