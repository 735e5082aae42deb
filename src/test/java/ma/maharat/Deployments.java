package ma.maharat;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as the integration tests deploy it: the very WAR the build packaged, so that tests
 * see the same configuration, resources and libraries as production, and no hand-kept class list.
 */
public final class Deployments {

    private Deployments() {}

    public static WebArchive maharat() {
        File war = new File(System.getProperty("maharat.war", "target/maharat.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Package the application first: " + war + " is missing");
        }
        return ShrinkWrap.create(ZipImporter.class, "maharat.war").importFrom(war).as(WebArchive.class);
    }
}
