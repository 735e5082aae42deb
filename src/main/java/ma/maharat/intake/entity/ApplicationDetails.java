package ma.maharat.intake.entity;

import java.io.Serializable;
import ma.maharat.cooperative.entity.LegalForm;

/** What a cooperative tells about itself when it applies: its identity, its work and its contact. */
public record ApplicationDetails(String nameAr, String nameFr, LegalForm legalForm, String registrationNumber,
        String province, String city, Integer yearFounded, Integer members, Integer womenMembers, Boolean ledByWoman,
        boolean textile, String products, String equipment, String customers, TurnoverBand turnoverBand, String wishes,
        String contactName, String contactPhone, String contactEmail) implements Serializable {}
