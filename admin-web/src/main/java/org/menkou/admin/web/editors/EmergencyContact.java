package org.menkou.admin.web.editors;

import java.net.URI;
import java.net.URISyntaxException;
import org.menkou.admin.alarm.family.NotifyChannel;
import org.menkou.content.InvalidContentException;
import org.menkou.content.Text;

/**
 * A resident's emergency contact: personal data kept on the server only, shown to advisors and admins.
 *
 * @param consent   whether the contact agreed to be told of the resident's alarms
 * @param consentAt when consent was last given or withdrawn (ISO-8601), null if never recorded
 * @param consentBy the staff account that recorded it, null if never recorded
 * @param channel   how they are told (null: not told)
 * @param address   the e-mail address or webhook URL; null for SMS (the phone is used) and for no channel
 */
public record EmergencyContact(String name, String relation, String phone, boolean consent, String consentAt,
                               String consentBy, NotifyChannel channel, String address) {
    public EmergencyContact {
        name = Text.requiredLine("contactName", name, 20);
        relation = Text.requiredLine("contactRelation", relation, 10);
        phone = Text.requiredLine("contactPhone", phone, 24);
        if (!phone.matches("\\+?[0-9][0-9 \\-]{2,22}[0-9]")) {
            throw new InvalidContentException("contactPhone", "电话号码只能有数字、空格和 '-' (digits, spaces and '-' only)");
        }
        if (consent && channel == null) {
            throw new InvalidContentException("notifyChannel", "家属同意接收通知时，要选择通知方式 (choose how they are told)");
        }
        address = channel == null || channel == NotifyChannel.SMS ? null : checkedAddress(channel, address);
    }

    /** A contact without consent to be told of alarms. */
    public EmergencyContact(String name, String relation, String phone) {
        this(name, relation, phone, false, null, null, null, null);
    }

    private static String checkedAddress(NotifyChannel channel, String address) {
        String value = Text.requiredLine("notifyAddress", address, 300);
        if (channel == NotifyChannel.EMAIL && !value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidContentException("notifyAddress", "请填写有效的电子邮件地址 (a valid e-mail address)");
        }
        if (channel == NotifyChannel.WEBHOOK) {
            try {
                URI uri = new URI(value);
                if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new URISyntaxException(value, "not http(s)");
                }
            } catch (URISyntaxException e) {
                throw new InvalidContentException("notifyAddress", "请填写以 https:// 开头的网址 (an http(s) URL)");
            }
        }
        return value;
    }
}
