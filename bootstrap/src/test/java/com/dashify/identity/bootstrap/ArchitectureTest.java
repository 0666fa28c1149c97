package com.dashify.identity.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The floor plan, held by the build: everything points inward, adapters never see each other,
 * adapters enter the application only through its ports, capabilities do not reach into each
 * other's services, a user's state changes only through the lifecycle, and every package says
 * what it is.
 */
class ArchitectureTest {

    private static final String APPLICATION = "com.dashify.identity.application..";
    private static final String QUERY_TYPES = "com.dashify.identity.application.query..";
    private static final String IN_PORTS = "com.dashify.identity.application.*.port.in..";
    private static final String OUT_PORTS = "com.dashify.identity.application.*.port.out..";
    private static final String SHARED_VOCABULARY = "com.dashify.identity.application.common.port.in..";

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

    /** No Jakarta type, nor any other framework's, so no HTTP type either. */
    @Test
    void applicationDependsOnTheDomainAndTheJavaPlatformOnly() {
        classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, "com.dashify.identity.domain..",
                        "java..")
                .check(production);
    }

    /**
     * The application says why it refused in its own terms ({@code Refusal}); statuses and SCIM
     * error types belong to the adapters that answer. Record components and fields are where they
     * crept in before.
     */
    @Test
    void applicationCarriesNoHttpStatusOrScimType() {
        noFields().that().areDeclaredInClassesThat().resideInAPackage(APPLICATION)
                .should().haveNameMatching("(?i).*(status|scimtype).*")
                .check(production);
        noClasses().that().resideInAPackage(APPLICATION)
                .should().haveSimpleNameContaining("Http").orShould().haveSimpleNameContaining("Scim")
                .check(production);
    }

    @Test
    void hexagonPointsInward() {
        onionArchitecture()
                .withOptionalLayers(true)
                .domainModels("com.dashify.identity.domain..")
                .applicationServices(APPLICATION)
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

    /** REST and console call use cases: in-ports and the query types, never a service or an out-port. */
    @Test
    void drivingAdaptersEnterTheApplicationOnlyThroughInPorts() {
        classes().that().resideInAnyPackage("com.dashify.identity.adapter.rest..",
                        "com.dashify.identity.adapter.console..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(APPLICATION)
                        .or(resideInAnyPackage(IN_PORTS, QUERY_TYPES)))
                .check(production);
    }

    /** Storage and the audit store implement out-ports; they call no use case. */
    @Test
    void drivenAdaptersReachTheApplicationOnlyThroughOutPorts() {
        classes().that().resideInAnyPackage("com.dashify.identity.adapter.persistence..",
                        "com.dashify.identity.adapter.audit..")
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(APPLICATION)
                        .or(resideInAnyPackage(OUT_PORTS, QUERY_TYPES, SHARED_VOCABULARY)))
                .check(production);
    }

    /**
     * A capability's services use other capabilities only through their ports. What all of them
     * share is in {@code common}, and the user lifecycle is a component of its own, not a service.
     */
    @Test
    void capabilitiesDoNotReachIntoEachOthersServices() {
        slices().matching("com.dashify.identity.application.(*).service..").should().notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("com.dashify.identity.application.common.."))
                .check(production);
    }

    /** Every change of a user's state goes through the one door: only the lifecycle stores users. */
    @Test
    void onlyTheLifecycleStoresUsers() {
        ArchRule rule = noClasses().that().resideInAPackage(APPLICATION)
                .and().resideOutsideOfPackage("com.dashify.identity.application.user.lifecycle..")
                .should().callMethodWhere(describe("UserRepository.add or update",
                        (JavaMethodCall call) -> call.getTarget().getOwner().isAssignableTo(
                                "com.dashify.identity.application.user.port.out.UserRepository")
                                && Set.of("add", "update").contains(call.getTarget().getName())))
                .as("only the user lifecycle stores users")
                .because("every path that changes a user must plan the revocations and write the audit records"
                        + " the same way");
        rule.check(production);
    }

    @Test
    void apiAndScimShareOnlyHttp() {
        noClasses().that().resideInAPackage("com.dashify.identity.adapter.rest.api..")
                .should().dependOnClassesThat().resideInAPackage("com.dashify.identity.adapter.rest.scim..")
                .check(production);
        noClasses().that().resideInAPackage("com.dashify.identity.adapter.rest.scim..")
                .should().dependOnClassesThat().resideInAPackage("com.dashify.identity.adapter.rest.api..")
                .check(production);
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

    /** A newcomer opening any package finds a line saying what it holds. */
    @Test
    void everyPackageSaysWhatItIs() {
        Set<String> undocumented = new TreeSet<>();
        for (JavaClass type : production) {
            JavaPackage pkg = type.getPackage();
            if (type.getPackageName().startsWith("com.dashify.identity.") && pkg.tryGetPackageInfo().isEmpty()) {
                undocumented.add(pkg.getName());
            }
        }
        assertThat(undocumented).as("packages without a package-info.java").isEmpty();
    }
}
