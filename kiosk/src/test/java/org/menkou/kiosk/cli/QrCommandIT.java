package org.menkou.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.content.card.IssuedCard;

/** The packaged kiosk jar reads card images and logs only the kind: never the scanned text. */
@Tag("integration")
class QrCommandIT {
    @TempDir
    Path tmp;

    @Test
    void theJarChecksCardsAndTheLogHoldsKindsOnly() throws Exception {
        CardScenes kiosk = new CardScenes(tmp.resolve("data"));
        IssuedCard card = kiosk.issuer(0, Period.ofYears(5)).issue("r-7k2m9q");
        String foreignText = "HTTPS://PAY.EXAMPLE.COM/SECRET-TOKEN-4711";
        Path cardPng = CardScenes.png(tmp.resolve("card.png"), card.payload());
        Path foreignPng = CardScenes.png(tmp.resolve("pay.png"), foreignText);
        String jar = InitCommandIT.JAR.toString();
        String data = kiosk.data.toString();

        InitCommandIT.Result valid = InitCommandIT.run("java", "-Djava.awt.headless=true", "-jar", jar, "qr", "decode", cardPng.toString(), "--data", data);
        InitCommandIT.Result foreign = InitCommandIT.run("java", "-Djava.awt.headless=true", "-jar", jar, "qr", "decode", foreignPng.toString(), "--data", data);

        assertThat(valid.exit()).isZero();
        assertThat(valid.out()).isEqualTo("resident-card r-7k2m9q\n");
        assertThat(foreign.out()).isEqualTo("foreign\n");
        String log = Files.readString(kiosk.data.resolve("logs").resolve("kiosk.log"), StandardCharsets.UTF_8);
        assertThat(log).contains("qr image_file: resident-card").contains("qr image_file: foreign")
                .doesNotContain(card.payload()).doesNotContain("SECRET-TOKEN").doesNotContain(card.card().cardId());
    }
}
