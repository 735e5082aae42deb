package ma.maharat.impact.entity;

/**
 * A cooperative's yearly turnover, in bands of Moroccan dirhams: a president knows her band without her
 * books, and a band says enough to see a cooperative move up.
 */
public enum TurnoverBand {
    UNDER_50K,
    FROM_50K_TO_200K,
    FROM_200K_TO_500K,
    FROM_500K_TO_1M,
    OVER_1M
}
