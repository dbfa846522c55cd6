package org.menkou.admin.card;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.menkou.admin.audit.AuditEntry;
import org.menkou.admin.testing.AdminFixture;
import org.menkou.admin.testing.WebClient;
import org.menkou.content.card.ResidentCard;
import org.menkou.content.card.RevocationReason;

/** The resident card pages over real HTTP on a real SQLite store: print, reprint, revoke, delete, roles. */
class CardPagesTest {
    static final String ZHANG = "r-7k2m9q";
    static final Pattern TAIL = Pattern.compile("id=\"card-tail\">([0-9A-Z]{4})<");

    @TempDir
    Path dir;

    @Test
    void anAdvisorPrintsACardFromTheResidentsPageAndAReprintRevokesTheFirst() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            assertThat(adviser.get("/residents").body()).contains("href=\"/residents/" + ZHANG + "/card\"", "打印居民服务卡");
            assertThat(adviser.get("/residents/" + ZHANG + "/card").body()).contains("张*英", "还没有发过卡").doesNotContain("张桂英");

            HttpResponse<String> first = adviser.post("/residents/" + ZHANG + "/card", Map.of());
            assertThat(first.statusCode()).isEqualTo(200);
            ResidentCard card = f.store.cards().ofResident(ZHANG).get(0);
            assertThat(first.body()).contains("data:image/png;base64,", "id=\"card-tail\">" + tail(card),
                    card.expiresOn().toString());
            assertThat(withoutImages(first.body())).as("the card's payload is only inside the QR image").doesNotContain("MK1");
            assertThat(tailIn(first.body())).isEqualTo(tail(card));

            adviser.get("/residents/" + ZHANG + "/card");
            HttpResponse<String> second = adviser.post("/residents/" + ZHANG + "/card", Map.of());
            assertThat(second.body()).contains("以前的 1 张卡已停用");
            assertThat(f.store.cards().isRevoked(card.cardId())).isTrue();
            assertThat(f.store.cards().revocation(card.cardId()).orElseThrow().reason()).isEqualTo(RevocationReason.REPLACED);
            String list = adviser.get("/residents/" + ZHANG + "/card").body();
            assertThat(list).contains(tail(card), "已换新卡，停用", "正在使用");

            List<AuditEntry> audit = f.admin.audit().page(0, "CARD");
            assertThat(audit).extracting(AuditEntry::action).contains("CARD_ISSUE", "CARD_REVOKE");
            assertThat(audit).allSatisfy(e -> assertThat(e.username()).isEqualTo("adviser"));
            assertThat(audit.toString()).doesNotContain("MK1");
        });
    }

    @Test
    void aLostCardIsRevokedFromTheSiteAndOnlyTheResidentsOwnCardsCanBe() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient boss = new WebClient(server.port());
            boss.login("boss", AdminFixture.PASSWORD);
            boss.get("/residents/" + ZHANG + "/card");
            boss.post("/residents/" + ZHANG + "/card", Map.of());
            String cardId = f.store.cards().ofResident(ZHANG).get(0).cardId();

            boss.get("/residents/r-3f8x1w/card");
            assertThat(boss.post("/residents/r-3f8x1w/card/revoke", Map.of("card", cardId)).statusCode()).isEqualTo(400);
            assertThat(f.store.cards().isRevoked(cardId)).isFalse();

            HttpResponse<String> revoked = boss.post("/residents/" + ZHANG + "/card/revoke", Map.of("card", cardId));
            assertThat(revoked.statusCode()).isEqualTo(302);
            assertThat(f.store.cards().revocation(cardId).orElseThrow().reason()).isEqualTo(RevocationReason.LOST);
            assertThat(boss.get("/residents/" + ZHANG + "/card?revoked=" + cardId.substring(12)).body())
                    .contains("已挂失", "已挂失，停用");
            assertThat(f.admin.audit().page(0, "CARD")).anyMatch(e -> e.action().equals("CARD_REVOKE") && e.entityId().equals(cardId));
        });
    }

    @Test
    void volunteersCannotSeeOrPrintCardsAndDeletingAResidentRevokesTheirCards() {
        AdminFixture f = new AdminFixture(dir);
        JavalinTest.test(f.app, (server, client) -> {
            WebClient vol = new WebClient(server.port());
            vol.login("vol", AdminFixture.PASSWORD);
            vol.get("/");
            assertThat(vol.get("/residents/" + ZHANG + "/card").statusCode()).isEqualTo(403);
            assertThat(vol.post("/residents/" + ZHANG + "/card", Map.of()).statusCode()).isEqualTo(403);
            assertThat(f.store.cards().ofResident(ZHANG)).isEmpty();

            WebClient adviser = new WebClient(server.port());
            adviser.login("adviser", AdminFixture.PASSWORD);
            adviser.get("/residents/" + ZHANG + "/card");
            adviser.post("/residents/" + ZHANG + "/card", Map.of());
            String cardId = f.store.cards().ofResident(ZHANG).get(0).cardId();
            adviser.get("/residents/" + ZHANG);
            assertThat(adviser.post("/residents/" + ZHANG + "/delete", Map.of("confirmed", "yes")).statusCode()).isEqualTo(302);
            assertThat(f.store.residents().find(ZHANG)).isEmpty();
            assertThat(f.store.cards().revocation(cardId).orElseThrow().reason()).isEqualTo(RevocationReason.WITHDRAWN);
            assertThat(adviser.get("/residents/" + ZHANG + "/card").statusCode()).isEqualTo(404);
        });
    }

    /** Random base64 image data can spell "MK1" by chance; the payload must not appear anywhere else. */
    private static String withoutImages(String body) {
        return body.replaceAll("data:image/png;base64,[A-Za-z0-9+/=]+", "data:image/png;base64,");
    }

    private static String tail(ResidentCard card) {
        return card.cardId().substring(card.cardId().length() - 4);
    }

    private static String tailIn(String body) {
        Matcher m = TAIL.matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
