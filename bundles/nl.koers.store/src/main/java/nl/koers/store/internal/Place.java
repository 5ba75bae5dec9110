package nl.koers.store.internal;

/**
 * Where a value sits in a dossier file ({@code partners[1].representatives[0].lenses[2]}), spelled out only when a
 * problem names it: reading a large file passes a place to every element, and nearly all are never shown.
 */
final class Place {
    /** The top of the file. */
    static final Place ROOT = new Place(null, "", -1);

    private final Place parent;
    private final String field;
    private final int index;

    private Place(Place parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    /** The field of this name in the object here. */
    Place field(String name) {
        return new Place(this, name, -1);
    }

    /** The element at this index of the list here. */
    Place index(int i) {
        return new Place(this, null, i);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return field;
        }
        String before = parent.toString();
        if (field == null) {
            return before + "[" + index + "]";
        }
        return before.isEmpty() ? field : before + "." + field;
    }
}
