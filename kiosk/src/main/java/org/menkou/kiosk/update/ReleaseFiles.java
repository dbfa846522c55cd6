package org.menkou.kiosk.update;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.menkou.content.DataDirectory;
import org.menkou.content.release.ReleaseException;

/**
 * The kiosk's release files in {@code DATA/releases/}, shared with the start script {@code menkou-kiosk-start}:
 * <ul>
 *   <li>{@code VERSION/menkou-kiosk.jar}: verified jars, placed only after their checks ({@link #install});</li>
 *   <li>{@code current}: the version the start script runs (absent: the packaged jar, {@value #PACKAGED});</li>
 *   <li>{@code previous}: the version it falls back to;</li>
 *   <li>{@code trial}: {@code version=}, {@code since=} (epoch seconds), {@code starts=}, while {@code current} has
 *       not proved healthy; written here on a switch, counted and acted on by the start script, deleted here once
 *       healthy;</li>
 *   <li>{@code rolled-back}: {@code version=}, {@code reason=}, {@code at=}, written by the start script;</li>
 *   <li>{@code refused}: one {@code VERSION<TAB>REASON} line per release whose checks failed (this class only).</li>
 * </ul>
 * Every file is written to a temporary name and renamed, so a reader sees the old or the new content, never half.
 * Called on the updater's thread and, for {@link #switchTo}, the UI thread; never both at once.
 */
public final class ReleaseFiles {
    /** The name of the jar the kiosk was installed with. */
    public static final String PACKAGED = "packaged";
    public static final String JAR = "menkou-kiosk.jar";

    /** A {@code trial} file. */
    public record Trial(String version, long since, int starts) {
    }

    /** A {@code rolled-back} file. */
    public record RolledBack(String version, String reason, long at) {
    }

    private final Path dir;

    public ReleaseFiles(Path dataDir) {
        this.dir = dataDir.resolve("releases");
    }

    public Path directory() {
        return dir;
    }

    public Optional<String> current() {
        return firstLine("current");
    }

    public Optional<String> previous() {
        return firstLine("previous");
    }

    public Optional<Trial> trial() {
        Map<String, String> v = fields("trial");
        if (v.isEmpty() || v.get("version") == null) {
            return Optional.empty();
        }
        return Optional.of(new Trial(v.get("version"), number(v.get("since")), (int) number(v.get("starts"))));
    }

    public Optional<RolledBack> rolledBack() {
        Map<String, String> v = fields("rolled-back");
        if (v.get("version") == null) {
            return Optional.empty();
        }
        return Optional.of(new RolledBack(v.get("version"), v.getOrDefault("reason", ""), number(v.get("at"))));
    }

    /** Releases refused so far and why: never downloaded again. */
    public Map<String, String> refused() {
        Map<String, String> all = new LinkedHashMap<>();
        for (String line : lines("refused")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                all.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return all;
    }

    public void refuse(String version, String reason) {
        StringBuilder text = new StringBuilder();
        refused().forEach((v, r) -> text.append(v).append('\t').append(r).append('\n'));
        text.append(version).append('\t').append(reason.replace('\n', ' ').replace('\t', ' ')).append('\n');
        write("refused", text.toString());
    }

    /** Where the jar of {@code version} is (or would be) kept. */
    public Path jar(String version) {
        return dir.resolve(version).resolve(JAR);
    }

    /** A temporary file for downloading {@code version}; not a release until {@link #install}ed. */
    public Path download(String version) {
        DataDirectory.createPrivate(dir);
        return dir.resolve("." + version + ".download");
    }

    /** Moves a verified download into place as the jar of {@code version}. */
    public void install(String version, Path verified) {
        try {
            Path target = jar(version);
            DataDirectory.createPrivate(target.getParent());
            Files.move(verified, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ReleaseException("cannot keep release " + version + " in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes {@code version} the one to run on the next start, on trial, with {@code running} (the version running now,
     * {@value #PACKAGED} for the packaged jar) kept to fall back to. Written in the order previous, trial, current:
     * the start script ignores a trial for a version that is not current.
     */
    public void switchTo(String version, String running, Instant now) {
        write("previous", running + "\n");
        write("trial", "version=" + version + "\nsince=" + now.getEpochSecond() + "\nstarts=0\n");
        write("current", version + "\n");
    }

    /** The release on trial proved healthy: it stays. */
    public void healthy() {
        try {
            Files.deleteIfExists(dir.resolve("trial"));
        } catch (IOException e) {
            throw new ReleaseException("cannot delete " + dir.resolve("trial") + ": " + e.getMessage(), e);
        }
    }

    private void write(String name, String text) {
        Path target = dir.resolve(name);
        Path tmp = dir.resolve("." + name + ".tmp");
        try {
            DataDirectory.createPrivate(dir);
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ReleaseException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private List<String> lines(String name) {
        try {
            Path file = dir.resolve(name);
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new ReleaseException("cannot read " + dir.resolve(name) + ": " + e.getMessage(), e);
        }
    }

    private Optional<String> firstLine(String name) {
        return lines(name).stream().map(String::strip).filter(s -> !s.isEmpty()).findFirst();
    }

    private Map<String, String> fields(String name) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines(name)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        return values;
    }

    private static long number(String text) {
        try {
            return text == null ? 0 : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
