package org.menkou.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Period;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.card.IssuedCard;
import picocli.CommandLine;

/** {@code menkou qr decode} in process: one line per kind, clear messages for bad input, on a real data directory. */
class QrCommandTest {
    @TempDir
    Path tmp;
    CardScenes kiosk;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void seed() {
        kiosk = new CardScenes(tmp.resolve("data"));
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = MenkouKioskCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    Run decode(Path image) {
        return run("qr", "decode", image.toString(), "--data", kiosk.data.toString());
    }

    @Test
    void everyKindIsOneLine() {
        IssuedCard valid = kiosk.issuer(0, Period.ofYears(5)).issue("r-p4n6td");
        IssuedCard expired = kiosk.issuer(400, Period.ofYears(1)).issue("r-3f8x1w");
        IssuedCard replaced = kiosk.issuer(0, Period.ofYears(5)).issue("r-7k2m9q");
        kiosk.issuer(0, Period.ofYears(5)).issue("r-7k2m9q");
        IssuedCard otherDistrict = new CardScenes(tmp.resolve("elsewhere")).issuer(0, Period.ofYears(5)).issue("r-7k2m9q");

        assertThat(decode(CardScenes.png(tmp.resolve("valid.png"), valid.payload())).out()).isEqualTo("resident-card r-p4n6td\n");
        assertThat(decode(CardScenes.png(tmp.resolve("expired.png"), expired.payload())).out()).isEqualTo("expired\n");
        assertThat(decode(CardScenes.png(tmp.resolve("revoked.png"), replaced.payload())).out()).isEqualTo("revoked\n");
        assertThat(decode(CardScenes.png(tmp.resolve("forged.png"), otherDistrict.payload())).out()).isEqualTo("forged\n");
        assertThat(decode(CardScenes.png(tmp.resolve("url.png"), "https://pay.example.com/qr/7Hk2")).out()).isEqualTo("foreign\n");
        Run none = decode(CardScenes.write(tmp.resolve("blank.png"), new BufferedImage(300, 300, BufferedImage.TYPE_BYTE_GRAY)));
        assertThat(none.out()).isEqualTo("none\n");
        assertThat(none.exit()).isZero();
    }

    @Test
    void aMissingImageOrAKiosklessKeyGetsOneClearLineOnStandardError() {
        Run missing = decode(tmp.resolve("nope.png"));
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith("menkou: no image file at").doesNotContain("Exception");

        Path url = CardScenes.png(tmp.resolve("url.png"), "https://example.org/");
        Run noKey = decode(url);
        assertThat(noKey.exit()).isEqualTo(1);
        assertThat(noKey.err()).contains("no card-signing public key").contains("sync");
    }

    @Test
    void noCameraGetsAClearLine() {
        Run r = run("qr", "camera", "--device", tmp.resolve("video0").toString(), "--data", kiosk.data.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).startsWith("menkou: no camera:");
    }
}
