package org.menkou.kiosk.screen;

import org.menkou.content.ServiceItem;
import org.menkou.voice.VoiceLanguage;

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
        VoiceLanguage l = language();
        return String.join("\n",
                item.summary(),
                Ui.ITEM_ELIGIBILITY.in(l) + item.eligibility(),
                Ui.ITEM_FEES.in(l) + item.fees(),
                Ui.ITEM_PROVIDES.in(l) + item.provides(),
                Ui.ITEM_HOURS.in(l) + item.hours(),
                Ui.ITEM_PROVIDER.in(l) + item.provider(),
                Ui.ITEM_HOW_TO_APPLY.in(l) + item.howToApply(),
                Ui.ITEM_LOCATION.in(l) + item.location(),
                Ui.ITEM_PHONE.in(l) + item.phone());
    }
}
