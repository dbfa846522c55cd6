package org.menkou.admin.web.editors;

import org.menkou.content.InvalidContentException;
import org.menkou.content.Text;

/**
 * A resident's own phone number (本人电话), kept in the server's {@code resident_phone} table: advisors call it about
 * a service request; kiosks only ever get it masked (138****5678), at the resident's own scan.
 */
public record ResidentPhone(String phone) {
    public ResidentPhone {
        phone = Text.requiredLine("phone", phone, 24);
        if (!phone.matches("\\+?[0-9][0-9 \\-]{2,22}[0-9]")) {
            throw new InvalidContentException("phone", "电话号码只能有数字、空格和 '-' (digits, spaces and '-' only)");
        }
    }
}
