package org.menkou.content;

import java.util.Objects;

/**
 * A place residents can go to (站点).
 *
 * @param parentId the id of the centre this place belongs to, or null for a centre
 */
public record Station(String id, StationKind kind, String name, String address, String openingHours, String phone,
                      String parentId) {
    public Station {
        id = Text.slug("id", id);
        Objects.requireNonNull(kind, "kind");
        name = Text.requiredLine("name", name, 40);
        address = Text.requiredLine("address", address, 80);
        openingHours = Text.requiredLine("openingHours", openingHours, 60);
        phone = Phone.require("phone", phone);
        parentId = parentId == null ? null : Text.slug("parentId", parentId);
        if (id.equals(parentId)) {
            throw new InvalidContentException("parentId", "不能是自己 (a station cannot be its own parent)");
        }
    }
}
