package org.menkou.hardware;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * No package of this module depends on itself through other packages: every package, the top-level one included, is
 * a slice, and the slices are free of cycles. Main classes only.
 */
@AnalyzeClasses(packages = "org.menkou.hardware", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageCyclesTest {
    /** Each package its own slice. */
    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
            return "every package of org.menkou.hardware";
        }
    };

    @ArchTest
    static void packagesAreFreeOfCycles(JavaClasses mainClasses) {
        slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles().check(mainClasses);
    }
}
