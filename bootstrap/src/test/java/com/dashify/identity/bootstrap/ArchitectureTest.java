package com.dashify.identity.bootstrap;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.core.Context;
import java.util.Optional;
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
    private static final String APPLICATION_PACKAGE = "com.dashify.identity.application.";
    private static final String CONSOLE = "com.dashify.identity.adapter.console";
    private static final String USER_LIFECYCLE = "com.dashify.identity.application.user.lifecycle";
    private static final Set<String> SHARED_PACKAGES = Set.of("common", "query");

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

    /**
     * The console's packages ({@code security}, {@code faces}, {@code sso}, {@code passkey}, and the
     * root, which holds what they share) form no cycle: what is shared needs none of its users.
     */
    @Test
    void consolePackagesFormNoCycle() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass type) {
                String name = type.getPackageName();
                if (!name.equals(CONSOLE) && !name.startsWith(CONSOLE + ".")) {
                    return SliceIdentifier.ignore();
                }
                return SliceIdentifier.of(name.equals(CONSOLE) ? "console"
                        : name.substring(CONSOLE.length() + 1).split("\\.")[0]);
            }

            @Override
            public String getDescription() {
                return "the console's packages";
            }
        }).should().beFreeOfCycles().check(production);
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
     * A capability uses another only through its ports ({@code port.in}, {@code port.out}) and,
     * to change a user's state, the user lifecycle; {@code common} and {@code query} are everyone's.
     */
    @Test
    void capabilitiesUseEachOtherOnlyThroughTheirPorts() {
        classes().that().resideInAPackage(APPLICATION).should(useOtherCapabilitiesOnlyThroughTheirPorts())
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

    /**
     * One instance of an application-scoped bean serves every request at once: what it holds in a
     * field that is neither injected nor final (a caller, a body) would reach other requests. What a
     * request needs to keep belongs in a request-scoped bean ({@code ScimRequest}, {@code ApiAuthentication});
     * a value the whole application shares once made (a key, a decoy hash) is {@code volatile}.
     */
    @Test
    void applicationScopedAdaptersKeepNoStateOfARequest() {
        fields().that().areDeclaredInClassesThat().areAnnotatedWith(ApplicationScoped.class)
                .and().areDeclaredInClassesThat().resideInAnyPackage("com.dashify.identity.adapter..")
                .and().areNotStatic()
                .and().areNotAnnotatedWith(Inject.class)
                .and().areNotAnnotatedWith(Context.class)
                .and().areNotAnnotatedWith(PersistenceContext.class)
                .should(beFinalOrVolatile())
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

    private static ArchCondition<JavaClass> useOtherCapabilitiesOnlyThroughTheirPorts() {
        return new ArchCondition<>("use other capabilities only through their ports and the user lifecycle") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = capabilityOf(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getBaseComponentType().getPackageName();
                    Optional<String> other = capabilityOf(target);
                    if (other.isEmpty() || other.equals(own) || SHARED_PACKAGES.contains(other.get())) {
                        continue;
                    }
                    String room = target.substring((APPLICATION_PACKAGE + other.get()).length());
                    if (!room.startsWith(".port.in") && !room.startsWith(".port.out")
                            && !target.equals(USER_LIFECYCLE)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The capability a package of the application belongs to, such as {@code user}. */
    private static Optional<String> capabilityOf(String packageName) {
        if (!packageName.startsWith(APPLICATION_PACKAGE)) {
            return Optional.empty();
        }
        return Optional.of(packageName.substring(APPLICATION_PACKAGE.length()).split("\\.")[0]);
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

    private static ArchCondition<JavaField> beFinalOrVolatile() {
        return new ArchCondition<>("be final, or volatile") {
            @Override
            public void check(JavaField field, ConditionEvents events) {
                boolean satisfied = field.getModifiers().contains(JavaModifier.FINAL)
                        || field.getModifiers().contains(JavaModifier.VOLATILE);
                events.add(new SimpleConditionEvent(field, satisfied, field.getFullName()
                        + (satisfied ? " is final or volatile" : " is neither final nor volatile, nor injected")));
            }
        };
    }
}
