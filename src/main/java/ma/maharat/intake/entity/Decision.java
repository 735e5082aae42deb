package ma.maharat.intake.entity;

/** The selection committee's decision on an application. */
public enum Decision {
    SELECTED, WAITING_LIST, REFUSED
}
