package com.dashify.identity.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rule of the hexagon: everything points inward, and adapters never see each other. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.dashify.identity");
    }

    @Test
    void domainDependsOnTheJavaPlatformOnly() {
        classes().that().resideInAPackage("com.dashify.identity.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.dashify.identity.domain..", "java..")
                .check(production);
    }

    @Test
    void applicationDependsOnTheDomainAndTheJavaPlatformOnly() {
        classes().that().resideInAPackage("com.dashify.identity.application..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.dashify.identity.application..",
                        "com.dashify.identity.domain..", "java..")
                .check(production);
    }

    @Test
    void hexagonPointsInward() {
        onionArchitecture()
                .withOptionalLayers(true)
                .domainModels("com.dashify.identity.domain..")
                .applicationServices("com.dashify.identity.application..")
                .adapter("rest", "com.dashify.identity.adapter.rest..")
                .adapter("persistence", "com.dashify.identity.adapter.persistence..")
                .adapter("audit", "com.dashify.identity.adapter.audit..")
                .adapter("console", "com.dashify.identity.adapter.console..")
                // Bootstrap assembles the rings; the rule is about the rings themselves.
                .ignoreDependency(resideInAPackage("com.dashify.identity.bootstrap.."), alwaysTrue())
                .check(production);
    }

    @Test
    void adaptersNeverDependOnEachOther() {
        slices().matching("com.dashify.identity.adapter.(*)..").should().notDependOnEachOther().check(production);
    }

    @Test
    void nothingDependsOnBootstrap() {
        noClasses().that().resideOutsideOfPackage("com.dashify.identity.bootstrap..")
                .should().dependOnClassesThat().resideInAPackage("com.dashify.identity.bootstrap..")
                .check(production);
    }

    @Test
    void theTestFixturesAreNeverUsedByProductionCode() {
        noClasses().that().resideOutsideOfPackage("com.dashify.identity.testsupport..")
                .should().dependOnClassesThat().resideInAPackage("com.dashify.identity.testsupport..")
                .check(production);
    }
}
