package org.menkou.kiosk.screen;

import java.util.List;
import org.menkou.content.ServiceCategory;
import org.menkou.content.ServiceItem;

/** The service items of one category. */
final class ItemListScreen extends Screen {
    private final KioskContext context;
    private final ServiceCategory category;
    private List<ServiceItem> items = List.of();

    ItemListScreen(KioskContext context, ServiceCategory category) {
        this.context = context;
        this.category = category;
    }

    @Override
    protected void onShow() {
        items = context.store().services().inCategory(category.id());
    }

    @Override
    public String title() {
        return category.name();
    }

    @Override
    protected String text() {
        return items.isEmpty() ? "这一类暂时没有服务。" : category.summary();
    }

    @Override
    protected List<Option> options() {
        return items.stream()
                .map(i -> Option.of(i.name(), () -> Transition.push(new ItemDetailScreen(i))))
                .toList();
    }
}
