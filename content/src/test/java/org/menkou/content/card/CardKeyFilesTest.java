package org.menkou.content.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key files on a real file system: modes, formats, no overwriting, refusing keys others can read. */
class CardKeyFilesTest {
    @TempDir
    Path data;

    @Test
    void createsAnOwnerOnlyPkcs8KeyAndAnX509PublicKeyAndLoadsThemBack() throws Exception {
        var files = CardKeyFiles.in(data);
        KeyPair created = files.loadOrCreate();

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(files.privateKeyFile()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("keys")))).isEqualTo("rwx------");
        assertThat(Files.readString(files.privateKeyFile())).startsWith("-----BEGIN PRIVATE KEY-----\n");
        assertThat(Files.readString(files.publicKeyFile())).startsWith("-----BEGIN PUBLIC KEY-----\n");
        assertThat(created.getPrivate().getFormat()).isEqualTo("PKCS#8");
        assertThat(created.getPublic().getFormat()).isEqualTo("X.509");

        KeyPair loaded = CardKeyFiles.in(data).loadOrCreate();
        assertThat(loaded.getPrivate().getEncoded()).isEqualTo(created.getPrivate().getEncoded());
        assertThat(loaded.getPublic().getEncoded()).isEqualTo(created.getPublic().getEncoded());
    }

    @Test
    void aPrivateKeyOthersCanReadIsRefused() throws Exception {
        var files = CardKeyFiles.in(data);
        files.loadOrCreate();
        Files.setPosixFilePermissions(files.privateKeyFile(), PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(files::load).isInstanceOf(CardException.class).hasMessageContaining("chmod 600");
    }

    @Test
    void aDamagedKeyFileGivesAClearMessage() throws Exception {
        var files = CardKeyFiles.in(data);
        files.loadOrCreate();
        Files.writeString(files.publicKeyFile(), "not a key");
        assertThatThrownBy(files::load).isInstanceOf(CardException.class).hasMessageContaining("not a PEM public key");
    }

    @Test
    void publicKeysRoundTripThroughTheirSyncEncodingAndMismatchedFingerprintsAreRefused() {
        KeyPair a = CardKeys.generate();
        KeyPair b = CardKeys.generate();
        assertThat(CardKeys.decodePublic(CardKeys.encodePublic(a.getPublic())).getEncoded()).isEqualTo(a.getPublic().getEncoded());
        assertThat(CardKeys.fingerprint(a.getPublic())).matches("[0-9a-f]{16}").isNotEqualTo(CardKeys.fingerprint(b.getPublic()));
        assertThatThrownBy(() -> new CardPublicKey(CardKeys.fingerprint(a.getPublic()), CardKeys.encodePublic(b.getPublic()),
                CardFixture.TODAY)).isInstanceOf(CardException.class);
        assertThatThrownBy(() -> CardKeys.decodePublic("AAAA")).isInstanceOf(CardException.class);
    }
}
