package org.menkou.integration;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No package of a module depends on itself through other packages: every package, the module's top-level one
 * included, is a slice, and the slices are free of cycles. Main classes only; one case per module, all checked here
 * because this module sees every other.
 */
class PackageCyclesTest {
    @ParameterizedTest
    @ValueSource(strings = {"org.menkou.content", "org.menkou.voice", "org.menkou.hardware", "org.menkou.kiosk",
            "org.menkou.admin"})
    void packagesOfTheModuleAreFreeOfCycles(String module) {
        JavaClasses mainClasses = new ClassFileImporter().withImportOption(new ModuleArrowsTest.MainClassesOnly())
                .importPackages(module);
        slices().assignedFrom(eachPackageOf(module)).should().beFreeOfCycles().check(mainClasses);
    }

    private static SliceAssignment eachPackageOf(String module) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return SliceIdentifier.of(javaClass.getPackageName());
            }

            @Override
            public String getDescription() {
                return "every package of " + module;
            }
        };
    }
}
