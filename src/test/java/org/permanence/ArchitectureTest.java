package org.permanence;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

@AnalyzeClasses(packages = "org.permanence", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresFormNoCycles = slices().matching("org.permanence.(*)..")
            .should().beFreeOfCycles().allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyWebAdaptersUseWebAdapters = noClasses().that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule solverAndPayrollRulesArePlainJava = noClasses()
            .that().resideInAnyPackage("..calendar..", "..rota.domain..", "..rota.solver..", "..payroll.rules..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..", "org.permanence.system..")
            .allowEmptyShould(true);
}
