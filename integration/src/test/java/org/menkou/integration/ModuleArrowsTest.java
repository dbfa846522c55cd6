package org.menkou.integration;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import java.util.regex.Pattern;

/**
 * The arrows between the modules: kiosk → voice, hardware, content; admin-web → content; content, voice and hardware
 * depend on no other Menkou module; nothing depends on kiosk or admin-web. Checked here because this module is the
 * one that sees every other on its class path. Each module is its top-level package and everything below it; only
 * main classes count (neither the modules' tests nor their test-jars).
 */
@AnalyzeClasses(packages = "org.menkou", importOptions = ModuleArrowsTest.MainClassesOnly.class)
class ModuleArrowsTest {
    @ArchTest
    static void modulesDependOnlyAlongTheArrows(JavaClasses mainClasses) {
        layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("org.menkou..")
                .layer("content").definedBy("org.menkou.content..")
                .layer("voice").definedBy("org.menkou.voice..")
                .layer("hardware").definedBy("org.menkou.hardware..")
                .layer("kiosk").definedBy("org.menkou.kiosk..")
                .layer("admin-web").definedBy("org.menkou.admin..")
                .whereLayer("kiosk").mayNotBeAccessedByAnyLayer()
                .whereLayer("admin-web").mayNotBeAccessedByAnyLayer()
                .whereLayer("voice").mayOnlyBeAccessedByLayers("kiosk")
                .whereLayer("hardware").mayOnlyBeAccessedByLayers("kiosk")
                .whereLayer("content").mayOnlyBeAccessedByLayers("kiosk", "admin-web")
                .ensureAllClassesAreContainedInArchitecture()
                .check(mainClasses);
    }

    /** Main classes: not from a test-classes directory nor from a module's test-jar. */
    public static final class MainClassesOnly implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.matches(TEST_JAR);
        }
    }
}
