package nl.koers.instrument.belangendialoog.internal.screen;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Layout;

/**
 * Counts how often the composites under a control are laid out or measured: each one's layout is wrapped in one
 * that counts and hands the work on. What a screen lays out on an edit is what the edit costs; a count, unlike a
 * time, does not depend on the machine.
 */
final class LayoutCount {
    private int count;

    private LayoutCount() {
    }

    /** {@return a count of the layouts of every composite under {@code root}, from now on} */
    static LayoutCount under(Control root) {
        LayoutCount out = new LayoutCount();
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
        return out;
    }

    int count() {
        return count;
    }

    /** A layout that counts and asks the one it wraps (SWT's layouts are final, their work protected). */
    private final class Counting extends Layout {
        private final Layout inner;

        Counting(Layout inner) {
            this.inner = inner;
        }

        @Override
        protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
            count++;
            return (Point) call("computeSize", new Class<?>[] {Composite.class, int.class, int.class, boolean.class},
                    composite, wHint, hHint, flushCache);
        }

        @Override
        protected void layout(Composite composite, boolean flushCache) {
            count++;
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
