package org.menkou.integration.topology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway certificate authority and one server certificate signed by it, made in the test by the {@code openssl}
 * command (Debian package {@code openssl}) and written as PEM files into a directory the test owns: {@link #ca()}
 * (the CA certificate a kiosk pins with {@code --server-ca}), {@link #certificate()} and {@link #key()} (what the
 * TLS server, e.g. {@link NginxBalancer}, presents). Valid for two days; the CA's key is deleted once it has signed.
 *
 * @param ca          the CA certificate (PEM)
 * @param certificate the server certificate (PEM), for the names given to {@link #create(Path, String, String...)}
 * @param key         the server certificate's private key (PEM, unencrypted)
 */
public record TestCertificates(Path ca, Path certificate, Path key) {
    /** The names the default server certificate is for: the loopback address and {@code localhost}. */
    public static final List<String> LOOPBACK_NAMES = List.of("IP:127.0.0.1", "DNS:localhost");
    private static final long OPENSSL_SECONDS = 60;

    /** A CA called {@code caName} and a certificate for 127.0.0.1 and localhost, in {@code dir} (created). */
    public static TestCertificates create(Path dir, String caName) {
        return create(dir, caName, LOOPBACK_NAMES.toArray(String[]::new));
    }

    /**
     * A CA called {@code caName} and a server certificate for {@code subjectAltNames} ({@code IP:…} or
     * {@code DNS:…}), in {@code dir} (created).
     */
    public static TestCertificates create(Path dir, String caName, String... subjectAltNames) {
        try {
            Files.createDirectories(dir);
            Path caKey = dir.resolve("ca.key");
            Path ca = dir.resolve("ca.pem");
            Path key = dir.resolve("server.key");
            Path csr = dir.resolve("server.csr");
            Path certificate = dir.resolve("server.pem");
            Path extensions = Files.writeString(dir.resolve("server.ext"), "subjectAltName=" + String.join(",", subjectAltNames)
                    + "\nbasicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\n"
                    + "extendedKeyUsage=serverAuth\n", StandardCharsets.US_ASCII);
            openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", caKey.toString(), "-out", ca.toString(), "-days", "2", "-subj", "/CN=" + caName,
                    "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
            openssl(dir, "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                    "-keyout", key.toString(), "-out", csr.toString(), "-subj", "/CN=menkou test server");
            openssl(dir, "x509", "-req", "-in", csr.toString(), "-CA", ca.toString(), "-CAkey", caKey.toString(),
                    "-CAcreateserial", "-days", "2", "-sha256", "-extfile", extensions.toString(),
                    "-out", certificate.toString());
            Files.delete(caKey);
            return new TestCertificates(ca, certificate, key);
        } catch (IOException e) {
            throw new IllegalStateException("cannot make test certificates in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code openssl ARGS} in {@code dir}; throws with its output when it fails. */
    private static void openssl(Path dir, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        Path output = dir.resolve("openssl.log");
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(OPENSSL_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("openssl " + args[0] + " did not finish within " + OPENSSL_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while openssl ran", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("openssl " + String.join(" ", args) + " failed (exit " + process.exitValue() + "): "
                    + Files.readString(output, StandardCharsets.UTF_8).strip());
        }
    }
}
