package nl.koers.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import nl.koers.document.Document;
import nl.koers.document.DocumentException;
import nl.koers.document.DocumentException.Kind;
import nl.koers.document.DossierDocuments;
import nl.koers.document.ReadOnly;
import nl.koers.document.observer.DossierObserver;
import nl.koers.domain.Dossier;
import nl.koers.domain.edit.Edit;
import nl.koers.store.DossierFileException;
import nl.koers.store.DossierLock;
import nl.koers.store.DossierLockedException;
import nl.koers.store.DossierLocks;
import nl.koers.store.DossierStore;
import nl.koers.store.LocalHistory;
import nl.koers.store.OpenedDossier;
import nl.koers.store.RecoveryCopy;
import nl.koers.store.RecoveryStore;

/**
 * The documents open in this process, one per file: a second {@code open} of a file gets the document that has
 * it, and counts one face more. Locks first, then reads, so nobody saves the file between the read and the lock.
 */
@Component(service = DossierDocuments.class)
public final class Registry implements DossierDocuments, OpenDocument.Files {
    /** How often a command that waits for a lock looks again. */
    private static final long RETRY_MILLIS = 200;

    private final DossierStore store;
    private final RecoveryStore recovery;
    private final Disk disk;
    private final int autosaveSeconds;
    private final BiConsumer<String, Throwable> failures;
    private final Observers observers;
    /** Guarded by this. */
    private final Map<Path, OpenDocument> open = new HashMap<>();
    /** Guarded by this: how many faces hold each document. */
    private final Map<OpenDocument, Integer> faces = new HashMap<>();

    @Activate
    public Registry(BundleContext context, @Reference DossierStore store, @Reference RecoveryStore recovery,
            @Reference LocalHistory history, @Reference DossierLocks locks,
            @Reference(service = LoggerFactory.class) Logger log) {
        this(store, recovery, history, locks, autosaveSeconds(context.getProperty(AUTOSAVE_SECONDS)),
                (what, error) -> log.warn("{}", what, error));
    }

    /** Documents outside a framework (tests, campaigns): failures nobody waits for are not kept. */
    public Registry(DossierStore store, RecoveryStore recovery, LocalHistory history, DossierLocks locks,
            int autosaveSeconds) {
        this(store, recovery, history, locks, autosaveSeconds, (what, error) -> { });
    }

    Registry(DossierStore store, RecoveryStore recovery, LocalHistory history, DossierLocks locks,
            int autosaveSeconds, BiConsumer<String, Throwable> failures) {
        this(store, recovery, history, locks, autosaveSeconds, failures,
                Duration.ofSeconds(DossierObserver.TIME_LIMIT_SECONDS));
    }

    Registry(DossierStore store, RecoveryStore recovery, LocalHistory history, DossierLocks locks,
            int autosaveSeconds, BiConsumer<String, Throwable> failures, Duration observerLimit) {
        this.observers = new Observers(observerLimit, failures);
        this.store = store;
        this.recovery = recovery;
        this.disk = new StoreDisk(store, recovery, history, locks);
        this.autosaveSeconds = autosaveSeconds;
        this.failures = failures;
    }

    /** Plugins that watch opens and saves (whiteboard): they hear after the fact, on threads of their own. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addObserver(DossierObserver observer) {
        observers.add(observer);
    }

    void removeObserver(DossierObserver observer) {
        observers.remove(observer);
    }

    @Deactivate
    void deactivate() {
        observers.close();
    }

    /** The idle seconds from the framework property, or the default when it is missing or not a number. */
    static int autosaveSeconds(String property) {
        try {
            return property == null || property.isBlank() ? DEFAULT_AUTOSAVE_SECONDS
                    : Math.max(1, Integer.parseInt(property.trim()));
        } catch (NumberFormatException e) {
            return DEFAULT_AUTOSAVE_SECONDS;
        }
    }

    @Override
    public Document open(Path file) throws DocumentException {
        return open(file, Duration.ZERO);
    }

    @Override
    public Document open(Path file, Duration lockWait) throws DocumentException {
        long giveUp = System.nanoTime() + lockWait.toNanos();
        boolean sharedJustNow = false;
        while (true) {
            OpenDocument already = share(file);
            if (already != null) {
                return already;
            }
            DossierLock lock;
            try {
                lock = disk.lock(file);
            } catch (DossierLockedException e) {
                if (e.holder().thisProcess() && !sharedJustNow) {
                    sharedJustNow = true;
                    continue; // perhaps opened here a moment ago: share it
                }
                if (System.nanoTime() < giveUp) {
                    pause();
                    continue;
                }
                throw locked(e);
            }
            return read(file, lock);
        }
    }

    /** Reads the file under the lock just taken; a file from a newer Koers lets the lock go and is read-only. */
    private Document read(Path file, DossierLock lock) throws DocumentException {
        OpenedDossier opened;
        try {
            opened = store.open(file);
        } catch (DossierFileException | RuntimeException e) {
            lock.close();
            throw unreadable(e);
        }
        if (opened.readOnly()) {
            lock.close();
            ReadOnly newer = new ReadOnly(ReadOnly.Why.NEWER_FILE, l -> opened.readOnlyReason(l).orElseThrow());
            OpenDocument document = new OpenDocument(
                    new OpenDocument.Start(opened.dossier(), file, opened.stamp(), null, newer, null), disk, this,
                    autosaveSeconds, failures);
            observers.opened(file, opened.dossier());
            return document;
        }
        OpenDocument document = new OpenDocument(
                new OpenDocument.Start(opened.dossier(), file, opened.stamp(), lock, null, null), disk, this,
                autosaveSeconds, failures);
        register(document, file);
        observers.opened(file, opened.dossier());
        return document;
    }

    @Override
    public Document openReadOnly(Path file, ReadOnly why) throws DocumentException {
        try {
            OpenedDossier opened = store.open(file);
            OpenDocument document = new OpenDocument(
                    new OpenDocument.Start(opened.dossier(), file, opened.stamp(), null, why, null), disk, this,
                    autosaveSeconds, failures);
            observers.opened(file, opened.dossier());
            return document;
        } catch (DossierFileException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    @Override
    public Document open(InputStream in, String name) throws DocumentException {
        try {
            return create(store.read(in, name));
        } catch (DossierFileException | RuntimeException e) {
            throw unreadable(e);
        }
    }

    @Override
    public Document create(Dossier dossier) {
        OpenDocument document = new OpenDocument(new OpenDocument.Start(dossier, null, null, null, null, null), disk,
                this, autosaveSeconds, failures);
        register(document, null);
        return document;
    }

    @Override
    public List<RecoveryCopy> recoveryCopies() {
        return recovery.pending();
    }

    @Override
    public Document recover(RecoveryCopy copy) throws DocumentException {
        Dossier recovered;
        try {
            recovered = recovery.read(copy);
        } catch (DossierFileException e) {
            throw unreadable(e);
        }
        Path origin = copy.origin().orElse(null);
        OpenDocument shared = origin == null ? null : share(origin);
        if (shared != null) {
            return onTopOf(shared, recovered, copy);
        }
        OpenDocument.Start start;
        if (origin == null) {
            start = new OpenDocument.Start(Dossier.titled(""), null, null, null, null, copy.sessionKey());
        } else {
            DossierLock lock;
            try {
                lock = disk.lock(origin);
            } catch (DossierLockedException e) {
                throw locked(e);
            }
            OpenDocument.Start onDisk;
            try {
                OpenedDossier opened = store.open(origin);
                onDisk = new OpenDocument.Start(opened.dossier(), origin, opened.stamp(), lock, null, copy.sessionKey());
            } catch (DossierFileException | RuntimeException gone) {
                // the file moved or broke since: the copy is all there is, and a save writes the file anew
                onDisk = new OpenDocument.Start(Dossier.titled(""), origin, null, lock, null, copy.sessionKey());
            }
            start = onDisk;
        }
        OpenDocument document = new OpenDocument(start, disk, this, autosaveSeconds, failures);
        register(document, origin);
        document.apply(new Edit("recovery.restored", d -> recovered)).join();
        return document;
    }

    /**
     * The copy's file is open here already (the window that offers the copy opened it, after the crash): the copy
     * goes on top of that document as unsaved work, and makes way for the document's own copy once that is on disk.
     */
    private Document onTopOf(OpenDocument document, Dossier recovered, RecoveryCopy copy) throws DocumentException {
        try {
            document.apply(new Edit("recovery.restored", d -> recovered)).join();
        } catch (CompletionException | CancellationException e) {
            document.close(); // this face of it
            throw new DocumentException(Kind.CLOSED, Words.of("closed"), e);
        }
        // a copy that could not be written leaves the one it replaces where it is
        document.keepRecoveryCopy().thenRun(() -> recovery.discard(copy.sessionKey()));
        return document;
    }

    @Override
    public void discard(RecoveryCopy copy) {
        recovery.discard(copy.sessionKey());
    }

    // ---- one document per file

    private synchronized OpenDocument share(Path file) {
        OpenDocument document = open.get(key(file));
        if (document == null || document.state().closed()) {
            return null;
        }
        faces.merge(document, 1, Integer::sum);
        return document;
    }

    private synchronized void register(OpenDocument document, Path file) {
        faces.put(document, 1);
        if (file != null) {
            open.put(key(file), document);
        }
    }

    @Override
    public void saved(Path file, Dossier value) {
        observers.saved(file, value);
    }

    @Override
    public synchronized void moved(OpenDocument document, Path from, Path to) {
        if (from != null) {
            open.remove(key(from), document);
        }
        open.put(key(to), document);
    }

    @Override
    public synchronized boolean lastFace(OpenDocument document) {
        Integer count = faces.get(document);
        if (count == null) {
            return true; // a read-only document: nobody shares it
        }
        if (count > 1) {
            faces.put(document, count - 1);
            return false;
        }
        faces.remove(document);
        open.values().remove(document);
        return true;
    }

    /** The file's own path: a link and its target, or two spellings of one path, are one file. */
    static Path key(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            return Files.exists(absolute) ? absolute.toRealPath() : absolute;
        } catch (IOException e) {
            return absolute;
        }
    }

    static DocumentException locked(DossierLockedException e) {
        return new DocumentException(new ReadOnly(ReadOnly.Why.LOCKED, e::message), e);
    }

    private static DocumentException unreadable(Exception e) {
        if (e instanceof DossierFileException f) {
            return new DocumentException(Kind.UNREADABLE, f::message, f);
        }
        return new DocumentException(Kind.UNREADABLE, l -> String.valueOf(e.getMessage()), e);
    }

    private static void pause() throws DocumentException {
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DocumentException(Kind.CLOSED, Words.of("closed"), e);
        }
    }
}
