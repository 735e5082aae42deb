package ma.maharat.intake.entity;

/** What an attached document is: the cooperative's statutes, or a photo of its products. */
public enum DocumentKind {
    STATUTES,
    PHOTO
}
