package ma.maharat.content.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import ma.maharat.content.entity.Catalogue;
import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.QuizSettings;
import ma.maharat.platform.i18n.Language;
import ma.maharat.quiz.gift.GiftParser;
import org.junit.jupiter.api.Test;

/**
 * The courses this repository ships in modules-content are valid as a whole, so that every start
 * imports all of them: the programme's six courses, with the substance the center asked for.
 */
class ShippedModulesContentTest {

    private static final Path MODULES_CONTENT = Path.of("modules-content");
    private final Catalogue catalogue = new CatalogueReader(new CourseFolderReader(new GiftQuestionBankCheck())).read(MODULES_CONTENT);

    @Test
    void everyShippedCourseIsValid() {
        assertEquals(Map.of(), catalogue.problemsByCourse());
        assertEquals(new TreeSet<>(Set.of("sourcing", "modeling", "prototyping", "quality", "production", "marketing")),
                catalogue.courses().stream().map(CourseDefinition::id).collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void everyCourseHasAtLeastFourLessonsOfAtLeast250WordsInFrenchAndArabic() {
        for (CourseDefinition course : catalogue.courses()) {
            assertTrue(course.lessons().size() >= 4, course.id());
            course.lessons().forEach(lesson -> {
                for (Language language : List.of(Language.FR, Language.AR)) {
                    String markdown = lesson.text(language).orElseThrow().markdown();
                    int words = markdown.strip().split("\\s+").length;
                    assertTrue(words >= 250, course.id() + "/" + lesson.id() + "." + language.code() + " has " + words + " words");
                }
            });
        }
    }

    @Test
    void everyCourseHasAQuestionBankOfAtLeastTenQuestionsInFrenchAndArabic() {
        for (CourseDefinition course : catalogue.courses()) {
            for (Language language : List.of(Language.FR, Language.AR)) {
                String gift = course.quizBank().file(language).orElseThrow().text();
                int questions = new GiftParser().parse(gift).questions().size();
                assertTrue(questions >= 10, course.id() + " bank." + language.code() + " has " + questions + " questions");
            }
        }
    }

    @Test
    void courseQuizzesDrawTenQuestionsInTwentyMinutesAndTheFirstLessonsOfQualityAndSourcingHaveTheirOwn() {
        QuizSettings courseQuiz = new QuizSettings(10, 20, 3, 60, true, true, true);
        QuizSettings lessonQuiz = new QuizSettings(2, null, null, 50, true, true, true);
        for (CourseDefinition course : catalogue.courses()) {
            assertEquals(courseQuiz, course.quiz(), course.id());
            boolean firstLessonHasAQuiz = Set.of("quality", "sourcing").contains(course.id());
            course.lessons().forEach(lesson -> assertEquals(
                    firstLessonHasAQuiz && lesson == course.lessons().get(0) ? Optional.of(lessonQuiz) : Optional.empty(),
                    lesson.quiz(), course.id() + "/" + lesson.id()));
        }
    }

    @Test
    void prerequisitesFollowTheProgramme() {
        assertEquals(List.of("modeling"), catalogue.course("prototyping").orElseThrow().prerequisites());
        assertEquals(List.of("quality"), catalogue.course("production").orElseThrow().prerequisites());
    }
}
