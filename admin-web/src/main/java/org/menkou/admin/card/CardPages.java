package org.menkou.admin.card;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.menkou.admin.audit.AuditLog;
import org.menkou.admin.auth.AccessCheck;
import org.menkou.admin.auth.Role;
import org.menkou.admin.card.qr.ZxingQrEncoder;
import org.menkou.admin.web.Views;
import org.menkou.content.Resident;
import org.menkou.content.Station;
import org.menkou.content.card.CardIssuer;
import org.menkou.content.card.IssuedCard;
import org.menkou.content.card.ResidentCard;
import org.menkou.content.card.RevocationReason;
import org.menkou.content.store.ContentStore;

/**
 * The resident card pages, advisors and admins only: a resident's cards (id tail, expiry, state), printing a new
 * card (which revokes the earlier ones) as a printable A6 page, and revoking a lost card. Every issue and revocation
 * is audited with the card id, never the QR payload. The signing key is created by the first card printed.
 */
public final class CardPages {
    private static final Role[] ROLES = {Role.ADVISOR, Role.ADMIN};
    private static final int TAIL = 4;

    /** One card as the page lists it. */
    public record CardRow(String idTail, String cardId, LocalDate issuedOn, LocalDate expiresOn, String state,
                          boolean working) {
    }

    private final ContentStore store;
    private final Path dataDir;
    private final Clock clock;
    private final Views views;
    private final AuditLog audit;
    private CardIssuer issuer;
    private CardPageRenderer renderer;

    public CardPages(ContentStore store, Path dataDir, Clock clock, Views views, AuditLog audit) {
        this.store = store;
        this.dataDir = dataDir;
        this.clock = clock;
        this.views = views;
        this.audit = audit;
    }

    public void register(RoutesConfig routes) {
        routes.get("/residents/{key}/card", this::page, ROLES);
        routes.post("/residents/{key}/card", this::print, ROLES);
        routes.post("/residents/{key}/card/revoke", this::revoke, ROLES);
    }

    private void page(Context ctx) {
        Resident r = resident(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("resident", r);
        model.put("cards", rows(r.id()));
        model.put("revoked", ctx.queryParam("revoked"));
        views.render(ctx, "cards.peb", "居民服务卡：" + r.maskedName(), model);
    }

    private void print(Context ctx) {
        Resident r = resident(ctx);
        Station home = store.stations().find(r.homeStationId())
                .orElseThrow(() -> new BadRequestResponse("这位居民的所属站点不存在，请先修改居民资料"));
        IssuedCard card = issuer().issue(r.id());
        CardFace face = CardFace.of(r, home, card);
        String png = Base64.getEncoder().encodeToString(png(renderer().render(face)));
        audit.record(AccessCheck.user(ctx).username(), "CARD_ISSUE", "CARD", card.card().cardId(), null,
                Map.of("residentId", r.id(), "expiresOn", card.card().expiresOn().toString(),
                        "revoked", card.replacedCardIds()));
        for (String old : card.replacedCardIds()) {
            audit.record(AccessCheck.user(ctx).username(), "CARD_REVOKE", "CARD", old, null,
                    Map.of("residentId", r.id(), "reason", RevocationReason.REPLACED.name()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("resident", r);
        model.put("face", face);
        model.put("png", png);
        model.put("replaced", card.replacedCardIds().size());
        views.render(ctx, "card-print.peb", "打印居民服务卡：" + r.maskedName(), model);
    }

    private void revoke(Context ctx) {
        Resident r = resident(ctx);
        String cardId = ctx.formParam("card");
        ResidentCard card = cardId == null ? null : store.cards().find(cardId).orElse(null);
        if (card == null || !card.residentId().equals(r.id())) {
            throw new BadRequestResponse("这位居民没有这张卡");
        }
        if (store.cards().revoke(cardId, RevocationReason.LOST)) {
            audit.record(AccessCheck.user(ctx).username(), "CARD_REVOKE", "CARD", cardId, null,
                    Map.of("residentId", r.id(), "reason", RevocationReason.LOST.name()));
        }
        ctx.redirect("/residents/" + r.id() + "/card?revoked=" + tail(cardId));
    }

    private List<CardRow> rows(String residentId) {
        LocalDate today = LocalDate.now(clock);
        return store.cards().ofResident(residentId).stream().map(c -> {
            String state = store.cards().revocation(c.cardId()).map(rv -> switch (rv.reason()) {
                case REPLACED -> "已换新卡，停用";
                case LOST -> "已挂失，停用";
                case WITHDRAWN -> "已停用";
            }).orElse(c.expiredOn(today) ? "已过期" : "正在使用");
            boolean working = store.cards().revocation(c.cardId()).isEmpty() && !c.expiredOn(today);
            return new CardRow(tail(c.cardId()), c.cardId(), c.issuedOn(), c.expiresOn(), state, working);
        }).toList();
    }

    private Resident resident(Context ctx) {
        return store.residents().find(ctx.pathParam("key"))
                .orElseThrow(() -> new NotFoundResponse("找不到这位居民，可能已被删除"));
    }

    private synchronized CardIssuer issuer() {
        if (issuer == null) {
            issuer = CardIssuer.forDataDirectory(dataDir, store, clock, CardIssuer.DEFAULT_VALIDITY);
        }
        return issuer;
    }

    private synchronized CardPageRenderer renderer() {
        if (renderer == null) {
            renderer = CardPageRenderer.withInstalledFont(new ZxingQrEncoder());
        }
        return renderer;
    }

    private static String tail(String cardId) {
        return cardId.substring(cardId.length() - TAIL);
    }

    private static byte[] png(java.awt.image.BufferedImage page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(page, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
