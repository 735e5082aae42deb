package ma.maharat.intake.entity;

/** A cooperative's yearly turnover, in Moroccan dirhams, as a band: nobody is asked for an exact figure. */
public enum TurnoverBand {
    NONE,
    UNDER_50K,
    FROM_50K_TO_200K,
    FROM_200K_TO_1M,
    OVER_1M
}
