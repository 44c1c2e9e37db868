package dev.rampart.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the code to the module map in docs/architecture.md: each module may use only the modules
 * listed for it there.
 */
class ArchitectureTest {
    /** module → modules it may use (besides itself). Keep in step with docs/architecture.md. */
    private static final Map<String, List<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", List.of()),
            Map.entry("image", List.of("model")),
            Map.entry("catalog", List.of("model", "image")),
            Map.entry("sbom", List.of("model")),
            Map.entry("scan", List.of("model", "image", "catalog", "vulndb", "secret", "sbom")),
            Map.entry("report", List.of("model", "sbom")),
            Map.entry("k8s", List.of("model")),
            Map.entry("runtime", List.of("model")),
            Map.entry("vulndb", List.of("model")),
            Map.entry("secret", List.of("model", "image")),
            Map.entry("cli", List.of("model", "image", "scan", "report", "k8s", "runtime", "vulndb")),
            Map.entry("testkit", List.of("model")));

    private static final List<String> ALL = List.of("model", "image", "catalog", "sbom", "scan", "report", "vulndb", "secret", "runtime", "k8s", "cli", "testkit");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rampart");
    }

    @Test
    void modules_useOnlyTheModulesTheMapAllows() {
        ALLOWED.forEach((module, allowed) -> {
            String[] forbidden = ALL.stream()
                    .filter(m -> !m.equals(module) && !allowed.contains(m))
                    .map(m -> "dev.rampart." + m + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage("dev.rampart." + module + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .because("docs/architecture.md allows " + module + " to use only " + allowed)
                    .allowEmptyShould(true) // a module not yet wired into the CLI is not on this classpath
                    .check(classes);
        });
    }

    @Test
    void imageInternals_areUsedOnlyByImage() {
        noClasses().that().resideOutsideOfPackage("dev.rampart.image..")
                .should().dependOnClassesThat().resideInAPackage("dev.rampart.image.internal..")
                .check(classes);
    }

    @Test
    void everyModule_isInTheMap() {
        classes.stream()
                .map(c -> c.getPackageName().split("\\."))
                .filter(p -> p.length >= 3)
                .map(p -> p[2])
                .distinct()
                .forEach(m -> {
                    if (!ALL.contains(m)) {
                        throw new AssertionError("module dev.rampart." + m + " is not in docs/architecture.md and ArchitectureTest");
                    }
                });
    }
}
