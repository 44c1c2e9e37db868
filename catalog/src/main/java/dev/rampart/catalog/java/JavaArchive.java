package dev.rampart.catalog.java;

import java.util.List;
import java.util.Map;

/**
 * What one Java archive holds that identifies it, as read from the stream.
 *
 * @param path where it is: {@code /opt/app/app.war} or, nested, {@code /opt/app/app.war!/WEB-INF/lib/x.jar}
 * @param sha1 lower-case hex SHA-1 of the archive's bytes
 * @param pomProperties every {@code META-INF/maven/<group>/<artifact>/pom.properties}, in archive order
 * @param manifest the main attributes of {@code META-INF/MANIFEST.MF} (empty when absent)
 * @param classPackages how many classes each two- and three-segment package prefix holds
 *                      ({@code org.springframework} → 812), for guessing a group id
 */
record JavaArchive(String path, String sha1, List<PomProperties> pomProperties, Map<String, String> manifest,
                   Map<String, Integer> classPackages) {

    /** One pom.properties file: the coordinates Maven wrote when it built the archive. */
    record PomProperties(String entry, String groupId, String artifactId, String version) {}

    /** The archive's own file name ({@code x.jar} of {@code /a/b.war!/WEB-INF/lib/x.jar}). */
    String fileName() {
        int cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('!'));
        return path.substring(cut + 1);
    }
}
