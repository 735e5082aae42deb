package ma.maharat.learning.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Reads a lesson's audio reading out of the course's media for playing: its facts first, then the
 * bytes in slices, so that seeking in a 15 MiB file reads only the part asked for and no request holds
 * the whole file in memory. Plain SQL on purpose: the entity would load the whole content.
 */
@Stateless
public class LessonReadings {

    /** Bytes read from the database at once while answering one request. */
    public static final int SLICE = 256 * 1024;

    @PersistenceContext
    EntityManager em;

    /**
     * An audio reading as stored.
     *
     * @param id          its row in course_media
     * @param mediaType   e.g. audio/mpeg
     * @param contentHash SHA-256 of the content (the ETag)
     * @param length      its length in bytes
     */
    public record Stored(long id, String mediaType, String contentHash, long length) {}

    /** The reading {@code lessons/<fileName>} of the course, if it has one. */
    public Optional<Stored> find(String courseCode, String fileName) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.id, m.media_type, m.content_hash, LENGTH(m.content) FROM course_media m"
                + " JOIN course c ON c.id = m.course_id WHERE c.code = ? AND m.path = ?")
                .setParameter(1, courseCode).setParameter(2, "lessons/" + fileName).getResultList();
        return rows.stream().findFirst().map(row -> new Stored(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                ((Number) row[3]).longValue()));
    }

    /** {@code length} bytes (at most {@link #SLICE}) from byte {@code first} (from 0) of the reading. */
    public byte[] slice(long id, long first, int length) {
        Object bytes = em.createNativeQuery("SELECT SUBSTRING(content, ?, ?) FROM course_media WHERE id = ?")
                .setParameter(1, first + 1).setParameter(2, Math.min(length, SLICE)).setParameter(3, id).getSingleResult();
        return bytes instanceof byte[] content ? content : new byte[0];
    }
}
