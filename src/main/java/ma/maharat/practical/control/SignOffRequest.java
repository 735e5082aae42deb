package ma.maharat.practical.control;

import java.util.List;
import java.util.Map;

/**
 * What a trainer submits to sign off a trainee's practical task.
 *
 * @param traineeId    whose work
 * @param taskId       which task
 * @param levels       the level id chosen for each criterion id
 * @param comment      a comment for the trainee, or null
 * @param keptPhotoIds the photos of an earlier sign-off to keep, in order (the others are removed)
 * @param newPhotos    photos added now, already cleaned
 */
public record SignOffRequest(long traineeId, long taskId, Map<Long, Long> levels, String comment, List<Long> keptPhotoIds,
                             List<WorkPhotos.CleanPhoto> newPhotos) {

    public SignOffRequest {
        levels = Map.copyOf(levels);
        keptPhotoIds = List.copyOf(keptPhotoIds);
        newPhotos = List.copyOf(newPhotos);
    }
}
