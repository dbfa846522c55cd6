package org.menkou.admin.auth;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.menkou.content.ContentException;
import org.menkou.content.DataDirectory;

/**
 * First start: when there is no account yet, creates {@value #USERNAME} with a random password, prints it once and
 * writes it to {@code DATA/}{@value #FILE_NAME} (mode 0600). The admin must choose a new password at first login;
 * the file is deleted then, or at the next start of this node if the password was changed through another node.
 */
public final class InitialAdmin {
    public static final String USERNAME = "admin";
    public static final String FILE_NAME = "admin-initial-password.txt";

    private InitialAdmin() {
    }

    /**
     * Creates the first admin if there are no users; returns its password, or empty when users existed. When they did
     * and the initial password is no longer valid (changed on this or another node on the database), its file goes.
     */
    public static Optional<String> ensure(UserStore users, Secrets secrets, Path dataDir, PrintStream out) {
        if (!users.isEmpty()) {
            if (users.find(USERNAME).filter(User::mustChangePassword).isEmpty()) {
                forget(dataDir);
            }
            return Optional.empty();
        }
        String password = secrets.password(16);
        users.create(USERNAME, "管理员", Role.ADMIN, null, password, true);
        Path file = dataDir.resolve(FILE_NAME);
        try {
            DataDirectory.createPrivate(dataDir);
            Files.deleteIfExists(file);
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(file);
            }
            Files.writeString(file, "user: " + USERNAME + "\npassword: " + password + "\n"
                    + "(change it at first login; this file is then removed)\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ContentException("cannot write " + file + ": " + e.getMessage(), e);
        }
        out.println("first start: created user '" + USERNAME + "' with password " + password);
        out.println("  (also in " + file + "; you must change it at first login)");
        return Optional.of(password);
    }

    /** Called when the admin chose their own password: the initial one is no longer valid, so its file goes. */
    public static void forget(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new ContentException("cannot remove " + dataDir.resolve(FILE_NAME) + ": " + e.getMessage(), e);
        }
    }
}
