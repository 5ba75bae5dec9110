package nl.koers.instrument.api.figure;

/** What a page is made of. Coordinates are millimetres from the page's top left corner. */
public sealed interface Shape permits Box, Line, Label {
}
