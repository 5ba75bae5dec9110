/**
 * Hooks on opening and saving a dossier, for a plugin that wants to know (an audit log, a sync to a firm's
 * server, a backup). Register a {@link nl.koers.document.observer.DossierObserver} service; every face's opens and
 * saves reach it, after the fact and off the UI thread. Observers only watch: they cannot change or stop an open
 * or a save, and one that throws or takes too long is logged and skipped, never waited for.
 */
@Export
@Version("1.0.0")
package nl.koers.document.observer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
