package org.menkou.content.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * For tests of file modes: runs a probe (a main class that sets up a data directory the way a Menkou process does) in
 * a child JVM under umask 000, and the probe prints the mode of everything below the directory.
 */
public final class PrivateFilesProbe {
    private PrivateFilesProbe() {
    }

    /** Prints the mode of {@code root} and everything below it, one "rwx------ path" line each. */
    public static void print(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            all.forEach(p -> {
                try {
                    System.out.println(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)) + " " + p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    /** Runs {@code mainClass} with this test's class path in a JVM started under umask 000; returns its stdout lines. */
    public static List<String> underUmask000(String mainClass, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        StringBuilder command = new StringBuilder("umask 000 && exec \"$0\" -cp \"$1\" ").append(mainClass);
        for (int i = 0; i < args.length; i++) {
            command.append(" \"$").append(i + 2).append('"');
        }
        List<String> argv = new java.util.ArrayList<>(List.of("sh", "-c", command.toString(), java,
                System.getProperty("java.class.path")));
        argv.addAll(List.of(args));
        Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(mainClass + " failed: " + out);
        }
        return out.lines().filter(l -> l.matches("[rwx-]{9} /.*")).toList();
    }
}
