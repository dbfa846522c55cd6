package org.menkou.content;

/** A group of service items (服务类别), e.g. 助餐服务. {@code sortOrder} fixes the order on the kiosk. */
public record ServiceCategory(String id, String name, String summary, int sortOrder) {
    public ServiceCategory {
        id = Text.slug("id", id);
        name = Text.requiredLine("name", name, 12);
        summary = Text.required("summary", summary, 120);
    }
}
