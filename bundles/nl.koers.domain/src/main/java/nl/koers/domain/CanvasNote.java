package nl.koers.domain;

/**
 * A note stuck on one block of the partner model canvas.
 *
 * @param blockId the block of the canvas template it sits on
 * @param colour a colour as "#rrggbb"
 * @param partnerId the partner it comes from, or empty when it is the table's
 */
public record CanvasNote(String id, String blockId, String text, String colour, String partnerId) {
    public CanvasNote {
        id = Values.id(id);
        blockId = Values.text(blockId);
        text = Values.text(text);
        colour = colour == null || colour.isBlank() ? "#fff176" : Values.text(colour);
        partnerId = Values.text(partnerId);
    }

    /** A new note with a fresh id. */
    public static CanvasNote of(String blockId, String text, String colour, String partnerId) {
        return new CanvasNote(null, blockId, text, colour, partnerId);
    }

    public CanvasNote inBlock(String newBlockId) {
        return new CanvasNote(id, newBlockId, text, colour, partnerId);
    }

    public CanvasNote withText(String newText) {
        return new CanvasNote(id, blockId, newText, colour, partnerId);
    }

    public CanvasNote withColour(String newColour) {
        return new CanvasNote(id, blockId, text, newColour, partnerId);
    }

    public CanvasNote withPartner(String newPartnerId) {
        return new CanvasNote(id, blockId, text, colour, newPartnerId);
    }
}
