package ma.maharat.training.control;

import jakarta.persistence.EntityManager;

/**
 * The row locks that make "check, then write" safe for planning. Checking that a trainer or a room is
 * free and then inserting races: two administrators could both see the slot free. So every change to a
 * trainer's planning first takes {@code SELECT ... FOR UPDATE} on the trainer's account row, then on
 * the room's row, always in that order (no deadlock between two plans); the second transaction waits
 * for the first to commit, then sees its session.
 *
 * <p>The locks must be the transaction's first statements: under InnoDB's REPEATABLE READ a plain read
 * fixes the snapshot later plain reads see, and a snapshot taken before the lock would miss the
 * session the other transaction just committed. Locking reads do not fix the snapshot.
 */
final class PlanningLocks {

    private PlanningLocks() {}

    /** Locks the trainer's account row; false when there is no such account. */
    static boolean trainer(EntityManager em, long trainerId) {
        return !em.createNativeQuery("SELECT id FROM account WHERE id = ? FOR UPDATE").setParameter(1, trainerId)
                .getResultList().isEmpty();
    }

    /** Locks the room's row; false when there is no such room. */
    static boolean room(EntityManager em, long roomId) {
        return !em.createNativeQuery("SELECT id FROM room WHERE id = ? FOR UPDATE").setParameter(1, roomId)
                .getResultList().isEmpty();
    }

    /** Locks a session's row and tells its trainer and room ids, or null when there is no such session. */
    static long[] session(EntityManager em, long sessionId) {
        var rows = em.createNativeQuery("SELECT trainer_id, room_id FROM training_session WHERE id = ? FOR UPDATE")
                .setParameter(1, sessionId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.get(0);
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
