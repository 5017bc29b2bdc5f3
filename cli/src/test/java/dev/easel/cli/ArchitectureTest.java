package dev.easel.cli;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module rules of docs/ARCHITECTURE.md, checked on the product's classes: the analyzer knows no Neo4j, the
 * graph-loader runs no cargo, no library knows the command line, no package cycles, no benchmark in the product, and
 * every package says what it is for.
 */
class ArchitectureTest {

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        // the modules come as target/classes folders or as jars (mvn verify): both count, test code does not
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("dev.easel");
    }

    @Test
    void everyProductModuleIsSeen() {
        for (String c : List.of("dev.easel.analyzer.build.CrateBuilder", "dev.easel.graph.db.GraphStore",
                "dev.easel.queries.QueryRunner", "dev.easel.cli.Easel")) {
            assertTrue(product.contain(c), c);
        }
        assertFalse(product.contain("dev.easel.graph.testdata.SampleAnalyses"), "test code is not product");
    }

    @Test
    void analyzerKnowsNoDatabaseNoQueriesNoCommandLine() {
        noClasses().that().resideInAPackage("dev.easel.analyzer..")
                .should().dependOnClassesThat().resideInAnyPackage("org.neo4j..", "dev.easel.graph..",
                        "dev.easel.queries..", "dev.easel.cli..", "picocli..")
                .check(product);
    }

    @Test
    void graphLoaderRunsNoCargoAndKnowsNoQueriesNorCommandLine() {
        noClasses().that().resideInAPackage("dev.easel.graph..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.easel.analyzer.build..",
                        "dev.easel.analyzer.pipeline..", "dev.easel.queries..", "dev.easel.cli..", "picocli..")
                .orShould().dependOnClassesThat().areAssignableTo(ProcessBuilder.class)
                .check(product);
    }

    @Test
    void queriesNeitherBuildNorLoad() {
        noClasses().that().resideInAPackage("dev.easel.queries..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.easel.analyzer.build..",
                        "dev.easel.analyzer.pipeline..", "dev.easel.graph.load..", "dev.easel.graph.export..",
                        "dev.easel.cli..", "picocli..")
                .check(product);
    }

    @Test
    void onlyTheCommandLineKnowsPicocli() {
        noClasses().that().resideOutsideOfPackage("dev.easel.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..")
                .check(product);
    }

    @Test
    void noPackageCycles() {
        slices().matching("dev.easel.(**)").should().beFreeOfCycles().check(product);
    }

    @Test
    void noBenchmarkInTheProduct() {
        noClasses().should().haveSimpleNameEndingWith("Benchmark")
                .orShould().resideInAPackage("..bench..")
                .check(product);
        classes().should().resideInAnyPackage("dev.easel.analyzer..", "dev.easel.graph..", "dev.easel.queries..",
                "dev.easel.cli..").check(product);
    }

    /** Every product package has a package-info.java saying what it holds. */
    @Test
    void everyPackageSaysWhatItIsFor() throws IOException {
        List<String> missing;
        try (Stream<Path> dirs = Stream.of("analyzer", "graph-loader", "queries", "cli", "bench")
                .map(m -> Path.of("..", m, "src", "main", "java"))
                .flatMap(ArchitectureTest::walk)) {
            missing = dirs.filter(d -> hasJava(d) && !Files.exists(d.resolve("package-info.java")))
                    .map(Path::toString).sorted().toList();
        }
        assertEquals(List.of(), missing, "packages without package-info.java");
    }

    private static Stream<Path> walk(Path root) {
        try {
            return Files.walk(root).filter(Files::isDirectory).toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
