package org.menkou.content;

import java.util.List;

/**
 * One service (服务项目) with the fields section 10.3.2 of the Shanghai guideline asks for: who it is for
 * ({@code eligibility}, 适用对象条件), what it costs ({@code fees}, 收费标准), what is provided ({@code provides},
 * 服务要求), when ({@code hours}, 服务时间) and who runs it ({@code provider}, 服务承接方); plus how to apply,
 * where, a phone number and the stations that offer it.
 */
public record ServiceItem(String id, String categoryId, String name, String summary, String eligibility, String fees,
                          String provides, String hours, String provider, String howToApply, String location,
                          String phone, List<String> stationIds, int sortOrder) {
    public ServiceItem {
        id = Text.slug("id", id);
        categoryId = Text.slug("categoryId", categoryId);
        name = Text.requiredLine("name", name, 16);
        summary = Text.requiredLine("summary", summary, 24);
        eligibility = Text.required("eligibility", eligibility, 300);
        fees = Text.required("fees", fees, 300);
        provides = Text.required("provides", provides, 300);
        hours = Text.required("hours", hours, 120);
        provider = Text.required("provider", provider, 120);
        howToApply = Text.required("howToApply", howToApply, 300);
        location = Text.required("location", location, 120);
        phone = Phone.require("phone", phone);
        if (stationIds == null || stationIds.isEmpty()) {
            throw new InvalidContentException("stationIds", "至少要有一个提供服务的站点 (at least one station must offer it)");
        }
        stationIds = stationIds.stream().map(s -> Text.slug("stationIds", s)).distinct().toList();
    }
}
