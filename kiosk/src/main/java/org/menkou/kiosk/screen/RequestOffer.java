package org.menkou.kiosk.screen;

import java.util.List;
import org.menkou.content.Policy;
import org.menkou.content.ServiceItem;
import org.menkou.voice.VoiceLanguage;

/**
 * What a service item's page and a policy self-check's result offer to do besides reading: 我要申请 and 请顾问联系我
 * where the kiosk takes requests. Called on the UI thread each time the page is drawn; must return fast.
 */
public interface RequestOffer {
    /** Nothing to do: the pages only inform (a kiosk without requests). */
    RequestOffer NONE = new RequestOffer() {
        @Override
        public List<Option> forService(ServiceItem item, VoiceLanguage language) {
            return List.of();
        }

        @Override
        public List<Option> forPolicy(Policy policy, VoiceLanguage language) {
            return List.of();
        }
    };

    /** The choices on {@code item}'s page, labelled in {@code language}. */
    List<Option> forService(ServiceItem item, VoiceLanguage language);

    /** The choices on the self-check result of {@code policy}, labelled in {@code language}. */
    List<Option> forPolicy(Policy policy, VoiceLanguage language);
}
