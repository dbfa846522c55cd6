package org.menkou.content.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.menkou.content.ContentException;
import org.menkou.content.InvalidContentException;
import org.menkou.content.store.ContentEntity;

/**
 * Content entities to and from their wire JSON, each as the record its {@link ContentEntity#kind()} names. Decoding
 * runs the records' validation, so bad values are refused.
 */
public final class ContentCodec {
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
            return json.treeToValue(value, entity.kind().type());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvalidContentException invalid) {
                throw invalid;
            }
            throw new ContentException("bad " + entity + " in sync data: " + e.getMessage(), e);
        }
    }
}
