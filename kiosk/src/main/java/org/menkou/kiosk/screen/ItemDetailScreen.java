package org.menkou.kiosk.screen;

import org.menkou.content.ServiceItem;

/** One service item with every field, paged. */
final class ItemDetailScreen extends Screen {
    private final ServiceItem item;

    ItemDetailScreen(ServiceItem item) {
        this.item = item;
    }

    @Override
    public String title() {
        return item.name();
    }

    @Override
    protected String text() {
        return String.join("\n",
                item.summary(),
                "【谁可以用】" + item.eligibility(),
                "【费用】" + item.fees(),
                "【服务内容】" + item.provides(),
                "【时间】" + item.hours(),
                "【谁来服务】" + item.provider(),
                "【怎么申请】" + item.howToApply(),
                "【地点】" + item.location(),
                "【电话】" + item.phone());
    }
}
