package org.menkou.kiosk.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.menkou.content.ContentException;

/**
 * Whom the kiosk trusts when it talks to an https server: the JDK's certificate authorities ({@link #system()}), or
 * only the CAs of one PEM file ({@link #pinned}), e.g. the site's own CA behind its load balancer. Host names are
 * checked either way (the JDK's HTTP client verifies them). Plain http URLs are not affected.
 */
public final class ServerTrust {
    private ServerTrust() {
    }

    /** The JDK's default TLS context (its own CA list). */
    public static SSLContext system() {
        try {
            return SSLContext.getDefault();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no default TLS context", e);
        }
    }

    /**
     * A TLS context that trusts only the certificates in {@code pem} (one or more {@code BEGIN CERTIFICATE} blocks)
     * as certificate authorities. Throws a ContentException with a one-line reason when the file is missing,
     * unreadable, or holds no certificate.
     */
    public static SSLContext pinned(Path pem) {
        List<X509Certificate> cas = read(pem);
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < cas.size(); i++) {
                store.setCertificateEntry("menkou-server-ca-" + i, cas.get(i));
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new ContentException("server CA " + pem + ": cannot build a trust store from it: " + e.getMessage(), e);
        }
    }

    /** The X.509 certificates in the PEM file {@code pem}, at least one; refused with a one-line reason otherwise. */
    static List<X509Certificate> read(Path pem) {
        Collection<? extends Certificate> found;
        try (InputStream in = Files.newInputStream(pem)) {
            found = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (NoSuchFileException e) {
            throw new ContentException("server CA " + pem + ": no such file");
        } catch (IOException e) {
            throw new ContentException("server CA " + pem + ": cannot read it: " + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new ContentException("server CA " + pem + ": not a PEM certificate file (" + oneLine(e) + ")", e);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate c : found) {
            if (c instanceof X509Certificate x509) {
                certificates.add(x509);
            }
        }
        if (certificates.isEmpty()) {
            throw new ContentException("server CA " + pem + ": holds no certificate (expected -----BEGIN CERTIFICATE-----)");
        }
        return certificates;
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
