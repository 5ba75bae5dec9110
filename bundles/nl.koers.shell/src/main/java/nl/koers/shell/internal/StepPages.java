package nl.koers.shell.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

/**
 * The pages of an instrument's steps in this window, each built the first time it is shown and kept: a set in the
 * desk's type and a set in the wall's (projector mode on one screen), with the type of each. F11 shows the other set
 * instead of building one and destroying the other: GTK 3 destroys a label, button or text field in time that grows
 * with the number of them in the window (each looks its style cascade up among all of them), and destroying a
 * belangendialoog page of 600 widgets held the window 0.6-2 s.
 */
final class StepPages {
    /** Builds the screen of step {@code index} on a page of its own, in the wall's type or the desk's. */
    interface Builder {
        Composite build(int index, boolean wall);
    }

    private final Display display;
    private final Map<Integer, Composite> desk = new HashMap<>();
    private final Map<Integer, Composite> wall = new HashMap<>();
    private final StepFonts deskFonts;
    /** Made when this window first goes to the wall. */
    private StepFonts wallFonts;
    private boolean onWall;

    StepPages(Display display) {
        this.display = display;
        this.deskFonts = StepFonts.of(display, false);
    }

    /** Uses the wall's set and type from now on, or the desk's again. */
    void onWall(boolean on) {
        onWall = on;
        if (on && wallFonts == null) {
            wallFonts = StepFonts.of(display, true);
        }
    }

    /** {@return the type of the set in use} */
    StepFonts fonts() {
        return fonts(onWall);
    }

    StepFonts fonts(boolean ofWall) {
        return ofWall ? wallFonts : deskFonts;
    }

    /** {@return step {@code index}'s page of the set in use, built now when it has none yet} */
    Composite page(int index, Builder builder) {
        boolean type = onWall;
        return (type ? wall : desk).computeIfAbsent(index, i -> builder.build(i, type));
    }

    /** {@return step {@code index}'s page of the set in use, or null when it was not built} */
    Composite built(int index) {
        return (onWall ? wall : desk).get(index);
    }

    /** Forgets step {@code index}'s pages of both sets, and {@return them}, to be disposed of */
    List<Composite> forget(int index) {
        List<Composite> gone = new ArrayList<>();
        for (var pages : List.of(desk, wall)) {
            Composite page = pages.remove(index);
            if (page != null) {
                gone.add(page);
            }
        }
        return gone;
    }

    /** Frees the types, once the pages are gone. */
    void dispose() {
        deskFonts.dispose();
        if (wallFonts != null) {
            wallFonts.dispose();
        }
    }
}
