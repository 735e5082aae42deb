package ma.maharat.cooperative.entity;

/**
 * Everything an administrator records about a cooperative, as typed in the form or read from a CSV
 * row, before it is checked. Optional values are {@code null}.
 */
public record CooperativeDetails(
        String nameFr,
        String nameAr,
        String province,
        String city,
        LegalForm legalForm,
        Integer yearFounded,
        Integer membersCount,
        boolean womenLed,
        String mainProducts,
        String contactName,
        String contactPhone,
        String contactEmail) {}
