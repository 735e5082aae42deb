package ma.maharat;

import java.io.File;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A test (class or method) that needs a program a JDK does not bring. So that {@code ./mvnw verify} passes
 * on a machine with only a JDK, such a test is skipped there, with one line on the console saying what to
 * install to run it. When the environment variable {@code CI} is set, as {@code .ci/run} does, the program
 * is mandatory: the test fails instead of being skipped, so that CI never goes green without them.
 *
 * <p>The condition is evaluated before Arquillian deploys, so a skipped browser class starts no server.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(NeedsTool.Check.class)
public @interface NeedsTool {

    Tool value();

    /** The programs, where the tests look for them and what to install. */
    enum Tool {
        /** Debian's Chromium and its WebDriver (paths overridable with CHROMIUM and CHROMEDRIVER). */
        BROWSER("Browser tests (*BrowserIT)", "apt-get install chromium chromium-driver, or point CHROMIUM and CHROMEDRIVER at yours") {
            @Override
            List<String> missing() {
                List<String> missing = new ArrayList<>();
                for (Path program : List.of(chromium(), chromedriver())) {
                    if (!Files.isExecutable(program)) {
                        missing.add(program.toString());
                    }
                }
                return missing;
            }
        },
        /** Node.js and npm, for Digital Bazaar's verifier in src/test/js/credential-verifier. */
        JAVASCRIPT_VERIFIER("JavaScript-verifier credential tests (CredentialInteropTest)",
                "apt-get install nodejs npm (the first run does npm ci in src/test/js/credential-verifier, online)") {
            @Override
            List<String> missing() {
                List<String> missing = new ArrayList<>();
                for (String program : List.of("node", "npm")) {
                    if (onPath(program).isEmpty()) {
                        missing.add(program + " on PATH");
                    }
                }
                return missing;
            }
        };

        private final String tests;
        private final String install;

        Tool(String tests, String install) {
            this.tests = tests;
            this.install = install;
        }

        /** What of the tool this machine lacks; empty when the tests can run. */
        abstract List<String> missing();

        /** The Chromium the browser tests drive (the same default and variable as Browser's). */
        public static Path chromium() {
            return Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        }

        /** The ChromeDriver that drives it. */
        public static Path chromedriver() {
            return Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
        }

        /** Where {@code program} is on the PATH, if it is. */
        static Optional<Path> onPath(String program) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                    return Optional.of(Path.of(folder, program));
                }
            }
            return Optional.empty();
        }

        /** What the tests lack and what to install, for the skip line or the failure under CI. */
        String lack(List<String> missing) {
            return tests + ": missing " + String.join(", ", missing) + ". To run them: " + install + ".";
        }
    }

    /** Runs, skips with one line, or (under CI) fails the annotated test. */
    final class Check implements ExecutionCondition {

        /** Each tool's line is printed once per test JVM, however many classes need it. */
        private static final Set<Tool> ANNOUNCED = EnumSet.noneOf(Tool.class);

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Optional<NeedsTool> needs = context.getElement().flatMap(element -> AnnotationSupport.findAnnotation(element, NeedsTool.class));
            if (needs.isEmpty()) {
                return ConditionEvaluationResult.enabled("needs no tool");
            }
            Tool tool = needs.get().value();
            List<String> missing = tool.missing();
            if (missing.isEmpty()) {
                return ConditionEvaluationResult.enabled(tool + " present");
            }
            if (ciIsSet()) {
                throw new IllegalStateException("CI is set, so these tests must run, not be skipped. " + tool.lack(missing));
            }
            String line = "SKIPPED " + tool.lack(missing);
            synchronized (ANNOUNCED) {
                if (ANNOUNCED.add(tool)) {
                    System.out.println(line);
                }
            }
            return ConditionEvaluationResult.disabled(line);
        }

        /** CI=true (GitHub, GitLab, .ci/run) or any other non-empty value but "false". */
        static boolean ciIsSet() {
            String ci = System.getenv("CI");
            return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci.trim());
        }
    }
}
