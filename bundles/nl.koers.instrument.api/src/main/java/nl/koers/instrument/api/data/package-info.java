/**
 * An instrument's own data as Java records. Koers keeps each instrument's data in the dossier under the
 * instrument's id, as a plain tree of maps, lists, texts, numbers and booleans ({@code Dossier.instrumentData()}),
 * and saves it as it is, also when the plugin is not installed. Instead of reading and writing that tree by hand,
 * describe the data as records and let {@link nl.koers.instrument.api.data.InstrumentData} do it:
 *
 * <pre>{@code
 * @DataVersion(2)
 * public record Board(List<Theme> themes, Map<String, Level> marks, LocalDate held) { }
 * public record Theme(String id, String name) { }
 *
 * static final InstrumentData<Board> DATA = InstrumentData.of("energiekaart", Board.class)
 *         .from(1, tree -> { tree.put("held", null); return tree; });   // version 1 had no date
 *
 * Board now = DATA.read(dossier);                                   // an empty Board when there is none yet
 * context.apply(DATA.update(b -> b.withTheme(new Theme(Ids.next(), "Werkplekken"))));  // Ctrl+Z takes it back
 * }</pre>
 *
 * <p>What a record may hold: {@code String}, {@code boolean}, {@code int}, {@code long} (and their boxes),
 * {@code BigDecimal}, {@code LocalDate}, enums, other records, and {@code List<...>} and {@code Map<String, ...>}
 * of those. In the tree a record is a map from component name to value, a date an ISO text ({@code 2026-03-01}),
 * an enum its constant's name. {@link nl.koers.instrument.api.data.InstrumentData#of} refuses any other type at
 * once, naming the component.
 *
 * <p>What is absent reads as empty: {@code ""}, {@code 0}, {@code false}, an empty list or map, a record of empty
 * values, and {@code null} for a boxed number, a {@code BigDecimal}, a date and an enum. A value this version
 * cannot read (an enum constant a newer version added, a text where a number was) reads as absent, and is
 * <em>kept</em> in the file as long as this version does not change it; so are keys this version does not know.
 * A record in a list is matched to the one it was read from by its {@code id} component when it has one, by its
 * place otherwise.
 *
 * <p>Versions: the record says which version of the data it is with {@link nl.koers.instrument.api.data.DataVersion}
 * (1 without it), and the tree carries it under {@code dataVersion}. Data written by an older version of the plugin
 * is brought up step by step on read by the upgrades registered with
 * {@link nl.koers.instrument.api.data.InstrumentData#from}, on the tree, as Koers does for the dossier file. Data
 * written by a newer version is read as well as this version can, shown as read-only
 * ({@link nl.koers.instrument.api.data.InstrumentData#readOnly}), and never written over: an edit on it is refused
 * with {@code EditRefused} ({@code DATA_FROM_NEWER_VERSION}), as is a text, key or number past
 * {@code nl.koers.domain.Limits}.
 */
@Export
@Version("1.0.0")
package nl.koers.instrument.api.data;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
