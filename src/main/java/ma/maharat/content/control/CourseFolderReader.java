package ma.maharat.content.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import ma.maharat.content.entity.ContentProblem;
import ma.maharat.content.entity.CourseDefinition;
import ma.maharat.content.entity.CourseReadResult;
import ma.maharat.content.entity.ImageReference;
import ma.maharat.platform.i18n.Language;
import ma.maharat.content.entity.LessonDefinition;
import ma.maharat.content.entity.LessonText;
import ma.maharat.content.entity.MediaFile;
import ma.maharat.content.entity.ModuleDefinition;
import ma.maharat.content.entity.QuizBank;
import ma.maharat.content.entity.QuizBankFile;
import ma.maharat.content.entity.RenderedLesson;

/**
 * Reads one course folder of modules-content into a {@link CourseDefinition}, or returns every problem
 * found in it. It checks everything that can be checked without the other courses: manifest keys,
 * types and ids, the French and Arabic lesson files, lesson HTML, images and the question bank files
 * (plus the pluggable {@link QuestionBankCheck}). Cross-course rules (prerequisites) are the
 * {@link CatalogueReader}'s.
 *
 * <p>The folder's parent is taken as the modules-content folder: problem files are named relative to
 * it ({@code sourcing/lessons/x.fr.md}). Stateless and thread-safe.
 */
public final class CourseFolderReader {

    /** The manifest's file name in every course folder. */
    public static final String MANIFEST = "course.yaml";

    /** Largest image accepted in a course's media folder: 2 MiB. */
    public static final int MAX_IMAGE_BYTES = MediaInspector.MAX_IMAGE_BYTES;

    private static final Pattern LESSON_FILE = Pattern.compile("(.+)\\.(ar|fr|en)\\.md");

    private final QuestionBankCheck questionBankCheck;
    private final LessonRenderer renderer = new LessonRenderer();

    /** A reader that only checks that the question bank files exist and are not empty. */
    public CourseFolderReader() {
        this(QuestionBankCheck.NONE);
    }

    /** A reader that also runs the given check (the GIFT parser) on each question bank. */
    public CourseFolderReader(QuestionBankCheck questionBankCheck) {
        this.questionBankCheck = Objects.requireNonNull(questionBankCheck, "questionBankCheck");
    }

    /** Reads and checks one course folder. */
    public CourseReadResult read(Path courseFolder) {
        return readWithLocations(courseFolder).result();
    }

    /** Like {@link #read(Path)}, keeping the manifest facts the catalogue's cross-course checks need. */
    CourseReading readWithLocations(Path courseFolder) {
        return new FolderRead(courseFolder).run();
    }

    /** The state of reading one folder. */
    private final class FolderRead {

        private final Path courseFolder;
        private final String folder;
        private final List<ContentProblem> problems = new ArrayList<>();
        private final FileProblems manifestProblems;
        private final MediaInspector mediaInspector;
        private final Map<String, MediaInspector.Outcome> checkedImages = new HashMap<>();
        private final Map<String, MediaFile> media = new LinkedHashMap<>();

        FolderRead(Path courseFolder) {
            this.courseFolder = courseFolder;
            this.folder = courseFolder.getFileName().toString();
            this.manifestProblems = new FileProblems(folder + "/" + MANIFEST, problems);
            this.mediaInspector = new MediaInspector(courseFolder);
        }

        CourseReading run() {
            if (!ContentIds.isValid(folder)) {
                problems.add(new ContentProblem(folder + "/", 0, "course folder name '" + folder + "' is invalid: "
                        + ContentIds.RULE));
            }
            Path manifestFile = courseFolder.resolve(MANIFEST);
            if (!Files.isRegularFile(manifestFile)) {
                manifestProblems.addWholeFile("missing manifest file " + MANIFEST);
                return new CourseReading(folder, null, List.of(), null, problems);
            }
            Optional<Manifest> manifest = readText(manifestFile, manifestProblems)
                    .flatMap(yaml -> new ManifestReader(folder, manifestProblems).read(yaml));
            if (manifest.isEmpty()) {
                return new CourseReading(folder, null, List.of(), null, problems);
            }
            Manifest read = manifest.get();
            Map<String, Map<Language, LessonText>> texts = new HashMap<>();
            for (Manifest.Module module : read.modules()) {
                for (Manifest.Lesson lesson : module.lessons()) {
                    if (lesson.id() != null) {
                        texts.put(lesson.id().value(), lessonTexts(lesson.id()));
                    }
                }
            }
            if (read.declaredLessons() != null) {
                reportUnlistedLessonFiles(read.declaredLessons());
            }
            QuizBank quizBank = read.quizBank() == null ? null : quizBank(read.quizBank(), moduleIds(read));
            if (quizBank != null) {
                checkQuestionCounts(read, quizBank);
            }
            CourseDefinition course = problems.isEmpty() ? course(read, texts, quizBank) : null;
            return new CourseReading(folder, read.id(), read.prerequisites(), course, problems);
        }

        private Map<Language, LessonText> lessonTexts(Located<String> lessonId) {
            Map<Language, LessonText> texts = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String relative = "lessons/" + lessonId.value() + "." + language.code() + ".md";
                Path path = courseFolder.resolve(relative);
                FileProblems fileProblems = new FileProblems(folder + "/" + relative, problems);
                if (!Files.isRegularFile(path)) {
                    if (language.requiredInContent()) {
                        manifestProblems.add(lessonId.line(), "missing " + language.englishName() + " lesson file "
                                + relative);
                    }
                    continue;
                }
                Optional<String> markdown = readText(path, fileProblems);
                if (markdown.isEmpty()) {
                    continue;
                }
                if (markdown.get().isBlank()) {
                    fileProblems.addWholeFile("lesson file is empty");
                    continue;
                }
                RenderedLesson rendered = renderer.render(markdown.get(), fileProblems.file());
                problems.addAll(rendered.problems());
                rendered.images().forEach(image -> checkImage(image, fileProblems));
                texts.put(language, new LessonText(language, fileProblems.file(), markdown.get(), rendered.html(),
                        ContentHash.sha256(markdown.get())));
            }
            return texts;
        }

        private void checkImage(ImageReference image, FileProblems lessonProblems) {
            MediaInspector.Outcome outcome = checkedImages.computeIfAbsent(image.destination(), mediaInspector::inspect);
            if (outcome.file() != null) {
                media.putIfAbsent(outcome.file().path(), outcome.file());
            }
            outcome.problems().forEach(message -> lessonProblems.add(image.line(), message));
        }

        /** Lesson files that no manifest entry asks for are usually a misspelt id or a forgotten rename. */
        private void reportUnlistedLessonFiles(Set<String> declaredLessons) {
            Path lessons = courseFolder.resolve("lessons");
            if (!Files.isDirectory(lessons)) {
                return;
            }
            List<String> names;
            try (Stream<Path> entries = Files.list(lessons)) {
                names = entries.map(path -> path.getFileName().toString())
                        .filter(name -> !name.startsWith("."))
                        .sorted()
                        .toList();
            } catch (IOException e) {
                problems.add(new ContentProblem(folder + "/lessons/", 0, "folder cannot be read (" + e.getMessage() + ")"));
                return;
            }
            Map<String, String> readings = new HashMap<>();
            for (String name : names) {
                Matcher lessonFile = LESSON_FILE.matcher(name);
                if (lessonFile.matches() && declaredLessons.contains(lessonFile.group(1))) {
                    continue;
                }
                FileProblems fileProblems = new FileProblems(folder + "/lessons/" + name, problems);
                Optional<LessonAudio.Name> audio = LessonAudio.parse(name);
                if (audio.isPresent() && declaredLessons.contains(audio.get().lessonId())) {
                    checkAudio(audio.get(), name, lessons.resolve(name), readings, fileProblems);
                    continue;
                }
                if (lessonFile.matches()) {
                    fileProblems.addWholeFile("lesson file is not listed in course.yaml (no lesson with id '"
                            + lessonFile.group(1) + "')");
                } else if (audio.isPresent()) {
                    fileProblems.addWholeFile("audio reading is not for a lesson listed in course.yaml (no lesson with id '"
                            + audio.get().lessonId() + "')");
                } else {
                    fileProblems.addWholeFile("unexpected file in lessons/: lesson files are named"
                            + " <lesson-id>.ar.md, <lesson-id>.fr.md or <lesson-id>.en.md");
                }
            }
        }

        /** An audio reading beside a lesson (LessonAudio): one per lesson and language, checked, kept with the media. */
        private void checkAudio(LessonAudio.Name audio, String name, Path file, Map<String, String> readings, FileProblems fileProblems) {
            if (!audio.isAudio()) {
                fileProblems.addWholeFile("audio reading has an unsupported type: use " + AudioFormat.acceptedExtensions());
                return;
            }
            String earlier = readings.putIfAbsent(audio.lessonId() + "." + audio.language(), name);
            if (earlier != null) {
                fileProblems.addWholeFile("a second audio reading of lesson '" + audio.lessonId() + "' in the same language ("
                        + earlier + " is the first): keep one");
                return;
            }
            LessonAudio.Outcome outcome = LessonAudio.inspect(file, "lessons/" + name);
            if (outcome.file() != null) {
                media.put(outcome.file().path(), outcome.file());
            } else {
                fileProblems.addWholeFile(outcome.problem());
            }
        }

        private QuizBank quizBank(Located<String> base, List<String> moduleIds) {
            Map<Language, QuizBankFile> files = new EnumMap<>(Language.class);
            for (Language language : Language.values()) {
                String relative = base.value() + "." + language.code() + ".gift";
                Path path = courseFolder.resolve(relative);
                FileProblems fileProblems = new FileProblems(folder + "/" + relative, problems);
                if (!Files.isRegularFile(path)) {
                    if (language.requiredInContent()) {
                        manifestProblems.add(base.line(), "missing " + language.englishName()
                                + " question bank file " + relative);
                    }
                    continue;
                }
                Optional<String> text = readText(path, fileProblems);
                if (text.isPresent() && text.get().isBlank()) {
                    fileProblems.addWholeFile("question bank file is empty");
                } else {
                    text.ifPresent(gift -> files.put(language, new QuizBankFile(language, fileProblems.file(), gift)));
                    text.ifPresent(gift -> QuestionImages.in(gift).forEach(image -> checkImage(image, fileProblems)));
                }
            }
            if (!files.containsKey(Language.AR) || !files.containsKey(Language.FR)) {
                return null;
            }
            QuizBankFile calculated = calculatedFile(base.value());
            QuizBank bank = new QuizBank(base.value(), files, calculated);
            problems.addAll(questionBankCheck.check(folder, moduleIds, bank));
            if (calculated != null) {
                problems.addAll(CalculatedBankCheck.check(folder, moduleIds, calculated, files.get(Language.FR).text()));
            }
            return bank;
        }

        /** The calculated questions next to the GIFT bank ({@code quiz/bank.calculated.yaml}), when there are any. */
        private QuizBankFile calculatedFile(String base) {
            String relative = base + CalculatedBankCheck.SUFFIX;
            Path path = courseFolder.resolve(relative);
            if (!Files.isRegularFile(path)) {
                return null;
            }
            FileProblems fileProblems = new FileProblems(folder + "/" + relative, problems);
            return readText(path, fileProblems).map(text -> new QuizBankFile(Language.FR, fileProblems.file(), text)).orElse(null);
        }

        /**
         * A quiz cannot draw more questions than the French bank holds: the course quiz out of the whole
         * bank, a lesson quiz out of its module's {@code $CATEGORY}. Counted from the file's layout, so
         * this holds whichever {@link QuestionBankCheck} is plugged in.
         */
        private void checkQuestionCounts(Manifest manifest, QuizBank bank) {
            String bankName = bank.basePath() + "." + Language.FR.code() + ".gift";
            GiftLayout french = GiftLayout.of(bank.file(Language.FR).orElseThrow().text());
            if (manifest.quiz() != null) {
                checkQuestionCount(manifest.quiz(), french.questionLines().size(), bankName, "");
            }
            for (Manifest.Module module : manifest.modules()) {
                if (module.id() == null) {
                    continue;
                }
                String category = folder + "/" + module.id().value();
                for (Manifest.Lesson lesson : module.lessons()) {
                    if (lesson.quiz() != null) {
                        checkQuestionCount(lesson.quiz(), french.questionsIn(category), bankName,
                                " under $CATEGORY: " + category);
                    }
                }
            }
            checkDiagnosticCount(manifest.diagnostic(), french, bankName);
        }

        /**
         * A diagnostic draws its questions from its category (or the whole bank), twice as many for a
         * parallel form; a category that files no question is a typo more often than not.
         */
        private void checkDiagnosticCount(Manifest.Diagnostic diagnostic, GiftLayout french, String bankName) {
            if (diagnostic == null || diagnostic.questions() == null) {
                return;
            }
            Located<String> category = diagnostic.category();
            int available = category == null ? french.questionLines().size() : french.questionsIn(category.value());
            if (category != null && available == 0) {
                manifestProblems.add(category.line(), "diagnostic category '" + category.value() + "' files no question in "
                        + bankName + " (write a $CATEGORY: line of the bank, e.g. " + folder + "/" + "diagnostic)");
                return;
            }
            int drawn = diagnostic.questions().value();
            boolean parallel = diagnostic.settings() != null && diagnostic.settings().parallelForm();
            int needed = parallel ? 2 * drawn : drawn;
            if (needed > available) {
                manifestProblems.add(diagnostic.questions().line(), "diagnostic draws " + drawn
                        + (drawn == 1 ? " question" : " questions")
                        + (parallel ? " twice, other ones after (form: parallel), so it needs " + needed : "")
                        + " but " + bankName + " has " + available
                        + (category == null ? "" : " under $CATEGORY: " + category.value()));
            }
        }

        /** @param category names the lesson quiz's category in the message, "" for the course quiz */
        private void checkQuestionCount(Manifest.Quiz quiz, int available, String bankName, String category) {
            Located<Integer> drawn = quiz.questions();
            if (drawn != null && drawn.value() > available) {
                manifestProblems.add(drawn.line(), quiz.name() + " draws " + drawn.value()
                        + (drawn.value() == 1 ? " question" : " questions") + " but " + bankName + " has "
                        + (available == 0 ? "none" : available) + category);
            }
        }

        private Optional<String> readText(Path path, FileProblems fileProblems) {
            try {
                return Optional.of(Utf8Text.decode(Files.readAllBytes(path)));
            } catch (Utf8Text.NotUtf8Exception e) {
                fileProblems.add(e.line(), "file is not UTF-8 text: save it with the UTF-8 encoding");
            } catch (IOException e) {
                fileProblems.addWholeFile("file cannot be read (" + e.getMessage() + ")");
            }
            return Optional.empty();
        }

        private CourseDefinition course(Manifest manifest, Map<String, Map<Language, LessonText>> texts,
                                        QuizBank quizBank) {
            List<ModuleDefinition> modules = manifest.modules().stream()
                    .map(module -> new ModuleDefinition(module.id().value(), module.title(),
                            module.lessons().stream()
                                    .map(lesson -> new LessonDefinition(lesson.id().value(), module.id().value(),
                                            lesson.title(), lesson.minutes(),
                                            lesson.quiz() == null ? null : lesson.quiz().settings(),
                                            texts.get(lesson.id().value())))
                                    .toList()))
                    .toList();
            List<String> prerequisites = manifest.prerequisites().stream().map(Located::value).toList();
            return new CourseDefinition(folder, manifest.title(), manifest.description(), manifest.estimatedHours(),
                    prerequisites, modules, List.copyOf(media.values()), quizBank, manifest.quiz().settings(),
                    manifest.practical(), manifest.diagnostic() == null ? null : manifest.diagnostic().settings());
        }
    }

    private static List<String> moduleIds(Manifest manifest) {
        return manifest.modules().stream()
                .filter(module -> module.id() != null)
                .map(module -> module.id().value())
                .toList();
    }
}
