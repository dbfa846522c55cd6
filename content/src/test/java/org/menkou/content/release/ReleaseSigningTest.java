package org.menkou.content.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.protocol.ReleaseManifest;

/** Release signatures: a kiosk accepts a jar only with the district key's signature over its version, hash and size. */
class ReleaseSigningTest {
    @TempDir
    Path dir;

    @Test
    void aSignedJarVerifiesAndEveryChangeIsRefused() throws Exception {
        KeyPair district = ReleaseSigning.generate();
        Path jar = Files.write(dir.resolve("k.jar"), "PK\3\4 a kiosk".getBytes());
        ReleaseManifest m = ReleaseSigning.sign("1.2", jar, district.getPrivate());
        ReleaseSigning.verify(m, jar, district.getPublic());
        assertThat(new String(m.signedText())).isEqualTo("menkou-release v1\n1.2\n" + m.sha256() + "\n" + m.size() + "\n");

        ReleaseManifest otherVersion = new ReleaseManifest("1.3", m.sha256(), m.size(), m.signature());
        assertThatThrownBy(() -> ReleaseSigning.verify(otherVersion, jar, district.getPublic()))
                .isInstanceOf(ReleaseException.class).hasMessageContaining("bad signature");
        KeyPair stranger = ReleaseSigning.generate();
        assertThatThrownBy(() -> ReleaseSigning.verify(ReleaseSigning.sign("1.2", jar, stranger.getPrivate()), jar,
                district.getPublic())).hasMessageContaining("bad signature");
        assertThat(ReleaseSigning.signedBy(new ReleaseManifest("1.2", m.sha256(), m.size(), "not base64!"),
                district.getPublic())).isFalse();

        Files.write(jar, "PK\3\4 a kiosK".getBytes());
        assertThatThrownBy(() -> ReleaseSigning.verify(m, jar, district.getPublic())).hasMessageContaining("wrong hash");
        Files.write(jar, "PK\3\4 a kiosk!".getBytes());
        assertThatThrownBy(() -> ReleaseSigning.verify(m, jar, district.getPublic())).hasMessageContaining("wrong size");
    }

    @Test
    void theKeyIsKeptOwnerOnlyAndItsPublicFileReadsAsAKiosksPinnedKey() throws Exception {
        var files = ReleaseKeyFiles.in(dir);
        KeyPair created = files.loadOrCreate();
        assertThat(Files.getPosixFilePermissions(files.privateKeyFile())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(files.loadOrCreate().getPublic()).isEqualTo(created.getPublic());
        assertThat(ReleaseSigning.decodePublic(Files.readString(files.publicKeyFile()))).isEqualTo(created.getPublic());
        assertThat(ReleaseSigning.decodePublic(ReleaseSigning.encodePublic(created.getPublic()))).isEqualTo(created.getPublic());
        assertThatThrownBy(() -> ReleaseSigning.decodePublic("bm90IGEga2V5")).isInstanceOf(ReleaseException.class);
    }

    @Test
    void versionsAreShortPlainNames() {
        assertThat(ReleaseManifest.validVersion("1.2.0-rc1+b7")).isTrue();
        assertThat(ReleaseManifest.validVersion("packaged")).isFalse();
        assertThat(ReleaseManifest.validVersion("../x")).isFalse();
        assertThat(ReleaseManifest.validVersion(".hidden")).isFalse();
        assertThat(ReleaseManifest.validVersion("a".repeat(41))).isFalse();
    }
}
