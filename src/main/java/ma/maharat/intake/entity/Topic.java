package ma.maharat.intake.entity;

/** The programme's topics a field visit scores, in the programme's order. */
public enum Topic {
    SOURCING, MODELING, PROTOTYPING, QUALITY, PRODUCTION, MARKETING, MANAGEMENT
}
