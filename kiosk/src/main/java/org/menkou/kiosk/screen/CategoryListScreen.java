package org.menkou.kiosk.screen;

import java.util.List;
import org.menkou.content.ServiceCategory;

/** 找服务: the service categories. */
final class CategoryListScreen extends Screen {
    private final KioskContext context;
    private List<ServiceCategory> categories = List.of();

    CategoryListScreen(KioskContext context) {
        this.context = context;
    }

    @Override
    protected void onShow() {
        categories = context.store().categories().all();
    }

    @Override
    public String title() {
        return "找服务";
    }

    @Override
    protected String text() {
        return categories.isEmpty() ? "现在还没有服务信息，请问工作人员。" : "请选择服务类别：";
    }

    @Override
    protected List<Option> options() {
        return categories.stream()
                .map(c -> Option.of(c.name(), () -> Transition.push(new ItemListScreen(context, c))))
                .toList();
    }
}
