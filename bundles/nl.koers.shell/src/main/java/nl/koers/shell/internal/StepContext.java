package nl.koers.shell.internal;

import java.util.Locale;
import java.util.concurrent.Executor;

import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;

import nl.koers.domain.Dossier;
import nl.koers.domain.edit.Edit;
import nl.koers.instrument.api.settings.PluginSettings;
import nl.koers.instrument.api.swt.WorkContext;

/** What a step's screen gets: the dossier through its instrument's tab, its listeners gone with the screen. */
final class StepContext implements WorkContext {
    private final InstrumentView view;
    private final Composite page;
    private final boolean forRoom;
    private final boolean wall;

    /**
     * @param forRoom whether the screen is the room's, in its window on a second monitor
     * @param wall whether it is this window's, in the wall's type (projector mode on one screen)
     */
    StepContext(InstrumentView view, Composite page, boolean forRoom, boolean wall) {
        this.view = view;
        this.page = page;
        this.forRoom = forRoom;
        this.wall = wall;
        page.addDisposeListener(e -> view.screenGone(page));
    }

    @Override
    public Locale locale() {
        return view.texts().locale();
    }

    @Override
    public Dossier dossier() {
        return view.dossier();
    }

    /** An instrument owns only its own entry of the instruments' data; the rest it changes through the domain. */
    @Override
    public void apply(Edit edit) {
        view.apply(edit);
    }

    @Override
    public void onChange(Runnable listener) {
        if (!page.isDisposed()) {
            view.listen(page, listener);
        }
    }

    @Override
    public boolean projector() {
        return forRoom || wall;
    }

    @Override
    public Font font() {
        return view.fonts(forRoom, wall).body();
    }

    @Override
    public Font headingFont() {
        return view.fonts(forRoom, wall).heading();
    }

    @Override
    public void ownClock(boolean running) {
        view.ownClock(page, running);
    }

    @Override
    public void goToStep(int index) {
        view.show(index);
    }

    @Override
    public Executor background() {
        return view.background();
    }

    @Override
    public PluginSettings settings() {
        return view.settings();
    }
}
