/**
 * What an instrument is. An instrument bundle registers an {@link nl.koers.instrument.api.Instrument} service;
 * the workbench finds it (whiteboard) and shows it in its catalogue, and removes it again when the bundle
 * stops. Firms compile their plugins against this package and {@code nl.koers.domain}.
 *
 * <p>Versioning: semantic versioning of this package. A firm's plugin that imports {@code [1.0,2)} keeps
 * working with every Koers that exports a 1.x version of this package.
 */
@Export
@Version("1.2.0")
package nl.koers.instrument.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
