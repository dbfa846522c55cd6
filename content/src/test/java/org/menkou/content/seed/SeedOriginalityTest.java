package org.menkou.content.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Our seed content is written in our own words: no run of {@value #RUN} characters of a seed file appears in any of
 * the policy documents in {@code shared/seeds/} (found by walking up from the working directory).
 */
class SeedOriginalityTest {
    static final int RUN = 12;
    static final List<String> FILES = List.of("stations.yaml", "services.yaml", "policies.yaml", "menus.yaml",
            "notices.yaml", "residents.yaml");

    @Test
    void noSentenceIsCopiedFromThePolicyDocuments() throws IOException {
        Path documents = findSharedSeeds();
        Assumptions.assumeTrue(documents != null, "shared/seeds not found beside the checkout");
        Set<String> runs = new HashSet<>();
        try (Stream<Path> files = Files.list(documents)) {
            for (Path doc : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(doc, StandardCharsets.UTF_8);
                for (int i = 0; i + RUN <= text.length(); i++) {
                    runs.add(text.substring(i, i + RUN));
                }
            }
        }
        assertThat(runs).as("policy documents read").hasSizeGreaterThan(10_000);
        List<String> copied = new ArrayList<>();
        for (String name : FILES) {
            String seed;
            try (InputStream in = DemoSeed.class.getResourceAsStream(name)) {
                seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (int i = 0; i + RUN <= seed.length(); i++) {
                String run = seed.substring(i, i + RUN);
                if (runs.contains(run)) {
                    copied.add(name + ": " + run);
                }
            }
        }
        assertThat(copied).isEmpty();
    }

    private static Path findSharedSeeds() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("seeds");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
