package nl.koers.domain;

/** How far a partner recognises itself in one version of the shared ambition, and why. */
public record Endorsement(Recognition recognition, String remark) {
    public Endorsement {
        recognition = recognition == null ? Recognition.PARTLY : recognition;
        remark = Values.text(remark);
    }
}
