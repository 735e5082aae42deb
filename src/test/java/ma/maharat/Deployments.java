package ma.maharat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as the integration tests deploy it: the very WAR the build packaged, so that tests
 * see the same configuration, resources and libraries as production, and no hand-kept class list.
 *
 * <p>The whole integration suite shares one deployment (ADR 16): arquillian.xml names this class to
 * Arquillian's suite extension, which deploys {@link #suite()} before the first test class and
 * undeploys it after the last, so Payara Micro starts once instead of once per class. Test classes
 * therefore declare no {@code @Deployment} of their own; whatever runs inside the server must be in
 * {@link #suite()}.
 */
public final class Deployments {

    /** Test-only resources that in-container tests read from the class path. */
    private static final List<String> TEST_RESOURCES = List.of(
            "ma/maharat/content/audio/tone-id3.mp3",
            "ma/maharat/content/audio/tone-opus.ogg");

    private Deployments() {}

    /**
     * The packaged application plus every integration-test class that runs inside the server (those not
     * marked {@link RunAsClient}), found in the compiled test classes rather than listed, with the test
     * helpers they use.
     */
    @Deployment
    public static WebArchive suite() {
        WebArchive war = maharat().addClasses(WebClient.class, TestAccounts.class, CourseFolder.class, CourseFolder.Question.class);
        inContainerTestClasses().forEach(war::addClass);
        TEST_RESOURCES.forEach(war::addAsResource);
        return war;
    }

    public static WebArchive maharat() {
        File war = new File(System.getProperty("maharat.war", "target/maharat.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Package the application first: " + war + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "maharat.war").importFrom(war).as(WebArchive.class);
    }

    /** The {@code *IT} classes (nested classes included) whose tests run in the server. */
    static List<Class<?>> inContainerTestClasses() {
        Path testClasses = testClassesDirectory();
        try (Stream<Path> files = Files.walk(testClasses)) {
            return files.map(file -> testClasses.relativize(file).toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
                    .filter(name -> topLevelName(name).endsWith("IT"))
                    .map(Deployments::load)
                    .filter(type -> !topLevel(type).isAnnotationPresent(RunAsClient.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClassesDirectory() {
        try {
            return Path.of(Deployments.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String topLevelName(String binaryName) {
        int nested = binaryName.indexOf('$');
        return nested < 0 ? binaryName : binaryName.substring(0, nested);
    }

    private static Class<?> topLevel(Class<?> type) {
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return outer;
    }

    private static Class<?> load(String binaryName) {
        try {
            return Class.forName(binaryName, false, Deployments.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
