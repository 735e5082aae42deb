package ma.maharat.content.control;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.maharat.content.entity.Catalogue;
import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.CourseImportResult;
import ma.maharat.content.entity.ImportReport;

/**
 * Imports the modules-content folder: every course is read and checked first (nothing is written for
 * a course with any problem, and every problem is reported at once with its file and line), then each
 * valid course is written in a transaction of its own, prerequisites first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ContentImport {

    private static final Logger LOG = Logger.getLogger(ContentImport.class.getName());

    @Inject
    CourseImporter importer;

    /**
     * @param progress told (courses done, courses in all) after each course, for a progress bar
     */
    public ImportReport importFolder(Path modulesContent, BiConsumer<Integer, Integer> progress) {
        Catalogue catalogue = new CatalogueReader(new CourseFolderReader(new GiftQuestionBankCheck())).read(modulesContent);
        List<CourseImportResult> results = new ArrayList<>();
        catalogue.problemsByCourse().forEach((course, problems) -> results.add(CourseImportResult.rejected(course, problems)));
        int total = catalogue.courses().size();
        int position = 0;
        for (CourseDefinition course : catalogue.courses()) {
            try {
                results.add(importer.importFromDisk(course, position, CourseArchive.readFolder(modulesContent.resolve(course.id()))));
            } catch (EJBException e) {
                LOG.log(Level.SEVERE, "Importing course " + course.id() + " failed; it was left as it was", e);
                results.add(CourseImportResult.rejected(course.id(),
                        List.of(new ContentProblem(course.id() + "/course.yaml", 0, "could not be saved: " + rootMessage(e)))));
            }
            position++;
            progress.accept(position, total);
        }
        return new ImportReport(results);
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
