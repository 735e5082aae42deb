package ma.maharat.cooperative.entity;

/**
 * The legal forms the center meets among Moroccan producer groups: a coopérative (law 112-12, registered
 * with ODCO), an association (dahir of 15 November 1958), a groupement d'intérêt économique (law 13-97),
 * or something else (an SARL, a group not yet registered).
 */
public enum LegalForm {
    COOPERATIVE,
    ASSOCIATION,
    GIE,
    OTHER
}
