package org.menkou.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.testing.TmuxSession;

/**
 * Round trip: an advisor prints a card on the admin site → the printed page's QR image decodes with the kiosk jar's
 * {@code qr decode} → a real kiosk process that synced from the server identifies the resident offline (server
 * stopped) when a scanner types the card's code into its terminal as one fast burst, and greets them by masked name.
 */
@Tag("integration")
@Tag("sqlite")
class CardRoundTripIT {
    private static final Pattern PNG = Pattern.compile("id=\"card-image\"[^>]*src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");

    @TempDir
    Path tmp;

    @Test
    void anAdvisorPrintsACardThatDecodesAndIdentifiesTheResidentAtAnOfflineKiosk() throws Exception {
        Path kioskJar = CardCommandIT.kioskJar();
        AdminFixture server = new AdminFixture(tmp.resolve("server"));
        server.app.start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + server.app.port();
        try {
            WebClient adviser = new WebClient(server.app.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            adviser.get("/residents/r-7k2m9q/card");
            HttpResponse<String> printed = adviser.post("/residents/r-7k2m9q/card", Map.of());
            assertThat(printed.statusCode()).isEqualTo(200);
            Matcher m = PNG.matcher(printed.body());
            assertThat(m.find()).as("the printable page carries the card image").isTrue();
            Path png = Files.write(tmp.resolve("card.png"), Base64.getDecoder().decode(m.group(1)));

            assertThat(CardCommandIT.decode(kioskJar, png, tmp.resolve("server")).out()).isEqualTo("resident-card r-7k2m9q\n");
            String payload = payloadOf(png);

            String token = server.admin.kiosks().register("wt-station-1", "一号", "test").token();
            Path kioskData = tmp.resolve("kiosk");
            try (TmuxSession kiosk = new TmuxSession("java -Dfile.encoding=UTF-8 -jar " + kioskJar + " kiosk --data "
                    + kioskData + " --server " + base + " --token " + token + " --sync-seconds 1")) {
                kiosk.waitFor("9  紧急呼叫");
                server.app.stop();
                kiosk.waitFor("离线", Duration.ofSeconds(30));

                kiosk.typeBurst(payload);
                String greeting = kiosk.waitFor("您好，张*英");
                assertThat(greeting).contains("80岁以上").doesNotContain("张桂英").doesNotContain("MK1");
                kiosk.keys("0");
                assertThat(kiosk.waitFor("再见，祝您身体健康")).doesNotContain("张*英");
                kiosk.keys("C-c");
            }
        } finally {
            server.app.stop();
        }
    }

    /** The text of the QR code in the printed page, as a scanner would read and type it. */
    private static String payloadOf(Path png) throws Exception {
        BufferedImage image = ImageIO.read(png.toFile());
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
    }
}
