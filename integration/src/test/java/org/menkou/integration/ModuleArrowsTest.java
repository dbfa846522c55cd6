package org.menkou.integration;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows between the modules as {@code docs/architecture.md} draws them (its {@code arrows} block) hold in the
 * code: each module's {@code pom.xml} depends on exactly the Menkou modules its arrow names (test scope aside), and no
 * main class uses a class of a module it has no arrow to. Checked here because this module is the one that sees every
 * other on its class path. Only main classes count (neither the modules' tests nor their test-jars).
 */
class ModuleArrowsTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    /** Module directory → its top-level package. */
    private static final Map<String, String> PACKAGES = Map.of("content", "org.menkou.content", "voice",
            "org.menkou.voice", "hardware", "org.menkou.hardware", "kiosk", "org.menkou.kiosk", "admin-web",
            "org.menkou.admin");
    /** Artifact id → module directory. */
    private static final Map<String, String> MODULES = Map.of("menkou-content", "content", "menkou-voice", "voice",
            "menkou-hardware", "hardware", "menkou-kiosk", "kiosk", "menkou-admin", "admin-web");

    private static Map<String, Set<String>> arrows;
    private static JavaClasses mainClasses;

    @BeforeAll
    static void readArrowsAndClasses() throws IOException {
        arrows = documentedArrows(Files.readString(ROOT.resolve("docs/architecture.md"), StandardCharsets.UTF_8));
        mainClasses = new ClassFileImporter().withImportOption(new MainClassesOnly()).importPackages("org.menkou");
    }

    @Test
    void theDocumentDrawsAnArrowLineForEveryModule() {
        assertThat(arrows.keySet()).containsExactlyInAnyOrderElementsOf(PACKAGES.keySet());
    }

    @Test
    void eachPomDependsOnExactlyTheModulesItsArrowNames() throws IOException {
        for (String module : PACKAGES.keySet()) {
            assertThat(pomDependencies(module)).as("Menkou modules in %s/pom.xml (main scope)", module)
                    .containsExactlyInAnyOrderElementsOf(arrows.get(module));
        }
    }

    @Test
    void classesUseOnlyTheModulesTheirArrowsName() {
        layers(arrows).check(mainClasses);
    }

    @Test
    void aMissingArrowIsCaught() {
        Map<String, Set<String>> withoutKioskToContent = new LinkedHashMap<>(arrows);
        withoutKioskToContent.put("kiosk", Set.of("voice", "hardware"));
        assertThatThrownBy(() -> layers(withoutKioskToContent).check(mainClasses)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.menkou.kiosk").hasMessageContaining("org.menkou.content");
    }

    /** One layer per module; a module may be used only by the modules whose arrows name it. */
    private static LayeredArchitecture layers(Map<String, Set<String>> arrows) {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("org.menkou..");
        for (var module : PACKAGES.entrySet()) {
            layers = layers.layer(module.getKey()).definedBy(module.getValue() + "..");
        }
        for (String module : PACKAGES.keySet()) {
            String[] users = arrows.entrySet().stream().filter(a -> a.getValue().contains(module))
                    .map(Map.Entry::getKey).toArray(String[]::new);
            layers = users.length == 0 ? layers.whereLayer(module).mayNotBeAccessedByAnyLayer()
                    : layers.whereLayer(module).mayOnlyBeAccessedByLayers(users);
        }
        return layers.ensureAllClassesAreContainedInArchitecture();
    }

    /** The {@code module -> a, b} lines of the first {@code arrows} block. */
    static Map<String, Set<String>> documentedArrows(String markdown) {
        Matcher block = Pattern.compile("```arrows\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
        assertThat(block.find()).as("an arrows block in docs/architecture.md").isTrue();
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String line : block.group(1).split("\\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] sides = line.split("->", -1);
            assertThat(sides).as("arrow line '%s'", line).hasSize(2);
            Set<String> targets = new TreeSet<>();
            for (String target : sides[1].split(",")) {
                if (!target.isBlank()) {
                    targets.add(target.strip());
                }
            }
            out.put(sides[0].strip(), targets);
        }
        return out;
    }

    private static List<String> pomDependencies(String module) throws IOException {
        String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
        List<String> out = new ArrayList<>();
        while (dependency.find()) {
            String body = dependency.group(1);
            Matcher artifact = Pattern.compile("<artifactId>(menkou-[a-z-]+)</artifactId>").matcher(body);
            if (body.contains("<groupId>org.menkou</groupId>") && artifact.find() && !body.contains("<scope>test</scope>")) {
                out.add(MODULES.get(artifact.group(1)));
            }
        }
        return out;
    }

    /** Main classes: not from a test-classes directory nor from a module's test-jar. */
    static final class MainClassesOnly implements ImportOption {
        private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes/") && !location.matches(TEST_JAR);
        }
    }
}
