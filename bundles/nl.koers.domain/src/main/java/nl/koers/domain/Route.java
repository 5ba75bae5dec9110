package nl.koers.domain;

/** How the idea for the collaboration came about (stappenplan, sociaal, strategische groep). */
public enum Route {
    STEP_PLAN, SOCIAL, STRATEGIC_GROUP
}
