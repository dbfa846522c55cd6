package org.menkou.kiosk.screen;

import java.util.List;
import org.menkou.content.ServiceItem;
import org.menkou.voice.VoiceLanguage;

/** One service item with every field, paged, and what the kiosk offers to do about it (我要申请 …). */
final class ItemDetailScreen extends Screen {
    private final ServiceItem item;
    private final RequestOffer requests;

    ItemDetailScreen(ServiceItem item, RequestOffer requests) {
        this.item = item;
        this.requests = requests;
    }

    @Override
    protected List<Option> options() {
        return requests.forService(item, language());
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
