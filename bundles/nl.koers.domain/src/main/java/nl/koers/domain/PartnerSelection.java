package nl.koers.domain;

/**
 * Why this partner is at the table, on the criteria of partner selection (Dees &amp; Opheij): its relation with the
 * subject of the collaboration, the experience of working with it and the personal click, how broad its reach is,
 * and where the energy is: who really wants to give the collaboration content. Each is a short mark (null: not
 * judged yet) with a remark.
 */
public record PartnerSelection(Rating relation, String relationRemark, Rating click, String clickRemark,
        Rating reach, String reachRemark, Rating energy, String energyRemark) {
    /** Nothing judged yet. */
    public static final PartnerSelection NONE = new PartnerSelection(null, "", null, "", null, "", null, "");

    public PartnerSelection {
        relationRemark = Values.text(relationRemark);
        clickRemark = Values.text(clickRemark);
        reachRemark = Values.text(reachRemark);
        energyRemark = Values.text(energyRemark);
    }

    /** The criteria, in the order the method asks them. */
    public enum Criterion {
        RELATION, CLICK, REACH, ENERGY
    }

    /** The mark on one criterion, or null when not judged. */
    public Rating rating(Criterion c) {
        return switch (c) {
            case RELATION -> relation;
            case CLICK -> click;
            case REACH -> reach;
            case ENERGY -> energy;
        };
    }

    public String remark(Criterion c) {
        return switch (c) {
            case RELATION -> relationRemark;
            case CLICK -> clickRemark;
            case REACH -> reachRemark;
            case ENERGY -> energyRemark;
        };
    }

    /** The same with one criterion's mark changed. */
    public PartnerSelection withRating(Criterion c, Rating r) {
        return new PartnerSelection(c == Criterion.RELATION ? r : relation, relationRemark,
                c == Criterion.CLICK ? r : click, clickRemark, c == Criterion.REACH ? r : reach, reachRemark,
                c == Criterion.ENERGY ? r : energy, energyRemark);
    }

    /** The same with one criterion's remark changed. */
    public PartnerSelection withRemark(Criterion c, String remark) {
        return new PartnerSelection(relation, c == Criterion.RELATION ? remark : relationRemark, click,
                c == Criterion.CLICK ? remark : clickRemark, reach, c == Criterion.REACH ? remark : reachRemark,
                energy, c == Criterion.ENERGY ? remark : energyRemark);
    }
}
