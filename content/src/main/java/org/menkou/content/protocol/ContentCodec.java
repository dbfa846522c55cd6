package org.menkou.content.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.menkou.content.CanteenMenu;
import org.menkou.content.ContentException;
import org.menkou.content.InvalidContentException;
import org.menkou.content.KioskResident;
import org.menkou.content.Notice;
import org.menkou.content.Policy;
import org.menkou.content.ServiceCategory;
import org.menkou.content.ServiceItem;
import org.menkou.content.Station;
import org.menkou.content.SubsidyTier;
import org.menkou.content.card.CardPublicKey;
import org.menkou.content.card.CardRevocation;
import org.menkou.content.store.ContentEntity;

/** Content entities to and from their wire JSON. Decoding runs the records' validation, so bad values are refused. */
public final class ContentCodec {
    private static final Map<ContentEntity, Class<?>> TYPES = Map.of(
            ContentEntity.STATION, Station.class, ContentEntity.SERVICE_CATEGORY, ServiceCategory.class,
            ContentEntity.SERVICE_ITEM, ServiceItem.class, ContentEntity.POLICY, Policy.class,
            ContentEntity.SUBSIDY_TIER, SubsidyTier.class, ContentEntity.CANTEEN_MENU, CanteenMenu.class,
            ContentEntity.NOTICE, Notice.class, ContentEntity.RESIDENT, KioskResident.class,
            ContentEntity.CARD_REVOCATION, CardRevocation.class, ContentEntity.CARD_KEY, CardPublicKey.class);

    private final ObjectMapper json;

    public ContentCodec(ObjectMapper json) {
        this.json = json;
    }

    public JsonNode encode(Object entity) {
        return json.valueToTree(entity);
    }

    /** Decodes the JSON of one entity of kind {@code entity}; a ContentException names what is wrong. */
    public Object decode(ContentEntity entity, JsonNode value) {
        try {
            return json.treeToValue(value, TYPES.get(entity));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidContentException invalid) {
                throw invalid;
            }
            throw new ContentException("bad " + entity + " in sync data: " + e.getMessage(), e);
        }
    }
}
