package org.menkou.admin.web.editors;

import org.menkou.content.Text;

/** A resident's emergency contact: personal data kept on the server only, shown to advisors and admins. */
public record EmergencyContact(String name, String relation, String phone) {
    public EmergencyContact {
        name = Text.requiredLine("contactName", name, 20);
        relation = Text.requiredLine("contactRelation", relation, 10);
        phone = Text.requiredLine("contactPhone", phone, 24);
        if (!phone.matches("\\+?[0-9][0-9 \\-]{2,22}[0-9]")) {
            throw new org.menkou.content.InvalidContentException("contactPhone", "电话号码只能有数字、空格和 '-' (digits, spaces and '-' only)");
        }
    }
}
