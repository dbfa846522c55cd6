package org.menkou.voice.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Enumeration;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.menkou.voice.VoiceException;

/**
 * Unpacks a model archive (zip or aar) atomically: the model is the directory of the archive that holds
 * {@code am/final.mdl}; only it is extracted, into a temporary directory beside the target, which then replaces the
 * target in one rename. Entries that would land outside the directory are refused.
 */
final class ModelUnpacker {
    private static final String MARKER = "am/final.mdl";
    private final Path archive;

    ModelUnpacker(Path archive) {
        this.archive = archive;
    }

    Path installInto(Path target) throws VoiceException {
        Path temp = target.resolveSibling("." + target.getFileName() + ".unpacking");
        Path old = target.resolveSibling("." + target.getFileName() + ".old");
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            deleteTree(temp);
            deleteTree(old);
            String root = modelRoot(zip).orElseThrow(() -> new VoiceException(
                    "the archive holds no Vosk model (no " + MARKER + "); not installed"));
            extract(zip, root, temp);
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            move(temp, target);
            deleteTree(old);
            return target;
        } catch (IOException e) {
            throw new VoiceException("cannot unpack the model into " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                deleteTree(temp);
            } catch (IOException ignored) {
                // removed by the next install
            }
        }
    }

    private static Optional<String> modelRoot(ZipFile zip) {
        return zip.stream().map(ZipEntry::getName).filter(n -> n.equals(MARKER) || n.endsWith("/" + MARKER))
                .map(n -> n.substring(0, n.length() - MARKER.length())).min((a, b) -> a.length() - b.length());
    }

    private static void extract(ZipFile zip, String root, Path into) throws IOException, VoiceException {
        Files.createDirectories(into);
        Path base = into.toAbsolutePath().normalize();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (!entry.getName().startsWith(root) || entry.getName().length() == root.length()) {
                continue;
            }
            Path out = base.resolve(entry.getName().substring(root.length())).normalize();
            if (!out.startsWith(base)) {
                throw new VoiceException("the archive has an entry outside its directory: " + entry.getName() + "; not installed");
            }
            if (entry.isDirectory()) {
                Files.createDirectories(out);
            } else {
                Files.createDirectories(out.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
