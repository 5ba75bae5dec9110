package nl.koers.instrument.belangendialoog.internal.screen;

import java.util.List;

import org.eclipse.swt.widgets.Composite;

/**
 * The kit's {@link nl.koers.instrument.api.swt.kit.Pager} under the name {@link LensStep} knows it by, while other
 * work on that step is under way; it goes once LensStep imports the kit's.
 */
final class Pager {
    /** The rows of one page, as {@link nl.koers.instrument.api.swt.kit.Pager.Page}. */
    record Page<T>(List<T> items, int first, boolean barChanged) {
    }

    private final nl.koers.instrument.api.swt.kit.Pager pager;

    Pager(Ui ui, Composite parent, String id, int size, Runnable turned) {
        pager = new nl.koers.instrument.api.swt.kit.Pager(ui, parent, id, size, turned);
    }

    <T> Page<T> of(List<T> all) {
        nl.koers.instrument.api.swt.kit.Pager.Page<T> page = pager.of(all);
        return new Page<>(page.items(), page.first(), page.barChanged());
    }
}
