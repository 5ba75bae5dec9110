package nl.koers.domain;

/** Where a spannend punt stands: still open, agreed on what to do, or done. */
public enum IssueStatus {
    OPEN, AGREED, DONE
}
