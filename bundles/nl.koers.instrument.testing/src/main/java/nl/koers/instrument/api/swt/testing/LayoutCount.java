package nl.koers.instrument.api.swt.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.swt.widgets.Listener;

/**
 * Counts what a screen lays out: how often the composites under a control are laid out or measured (each one's
 * layout is wrapped in one that counts and hands the work on), and how often each label under it is given another
 * size (a composite made while counting is not wrapped, but its labels are sized by every layout that reaches them).
 * What a screen lays out on an edit or a first draw is what it costs; a count, unlike a time, does not depend on the
 * machine.
 *
 * @since 2.4
 */
public final class LayoutCount {
    private final Control root;
    private final Map<Composite, Integer> layouts = new HashMap<>();
    private final Map<Label, Integer> sized = new HashMap<>();

    private LayoutCount(Control root) {
        this.root = root;
    }

    /**
     * Counts from now on, until {@code root} is disposed.
     *
     * @param root the control whose composites and labels are counted
     * @return the count
     */
    public static LayoutCount under(Control root) {
        LayoutCount out = new LayoutCount(root);
        List<Control> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Control c = todo.remove(todo.size() - 1);
            if (c instanceof Composite composite) {
                if (composite.getLayout() != null) {
                    composite.setLayout(out.new Counting(composite.getLayout()));
                }
                todo.addAll(List.of(composite.getChildren()));
            }
        }
        Listener resized = out::resized;
        root.getDisplay().addFilter(SWT.Resize, resized);
        root.addListener(SWT.Dispose, e -> root.getDisplay().removeFilter(SWT.Resize, resized));
        return out;
    }

    /** {@return how often the composites under the root were laid out or measured, together} */
    public int count() {
        return layouts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * {@return how often {@code composite} was laid out or measured}
     *
     * @param composite a composite that was under the root when counting began
     */
    public int of(Composite composite) {
        return layouts.getOrDefault(composite, 0);
    }

    /**
     * {@return how often a label under {@code parent} was given another size: the most for any one of them}
     *
     * @param parent where the labels are, under the root
     */
    public int mostSizings(Composite parent) {
        return sized.entrySet().stream().filter(e -> !e.getKey().isDisposed() && within(e.getKey(), parent))
                .mapToInt(Map.Entry::getValue).max().orElse(0);
    }

    private void resized(Event e) {
        if (e.widget instanceof Label label && within(label, root)) {
            sized.merge(label, 1, Integer::sum);
        }
    }

    private static boolean within(Control c, Control ancestor) {
        for (Control a = c; a != null; a = a.getParent()) {
            if (a == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** A layout that counts and asks the one it wraps (SWT's layouts are final, their work protected). */
    private final class Counting extends Layout {
        private final Layout inner;

        Counting(Layout inner) {
            this.inner = inner;
        }

        @Override
        protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
            layouts.merge(composite, 1, Integer::sum);
            return (Point) call("computeSize", new Class<?>[] {Composite.class, int.class, int.class, boolean.class},
                    composite, wHint, hHint, flushCache);
        }

        @Override
        protected void layout(Composite composite, boolean flushCache) {
            layouts.merge(composite, 1, Integer::sum);
            call("layout", new Class<?>[] {Composite.class, boolean.class}, composite, flushCache);
        }

        @Override
        protected boolean flushCache(Control control) {
            return (Boolean) call("flushCache", new Class<?>[] {Control.class}, control);
        }

        private Object call(String name, Class<?>[] types, Object... args) {
            try {
                Method m = Layout.class.getDeclaredMethod(name, types);
                m.setAccessible(true);
                return m.invoke(inner, args);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
