package nl.koers.instrument.api.swt.kit;

/**
 * What an instrument says above one list of an editor ({@link ContributionsEditor}, {@link InterestsEditor}), in
 * its own words: the editor brings the widgets and the words that are the same everywhere, the instrument says
 * what the list is for.
 *
 * @param heading the list's title, such as "What we bring"
 * @param hint the explanation below it
 * @param prompt the grey text in the empty field of a new item, such as "What do you bring?"
 */
public record Section(String heading, String hint, String prompt) {
}
