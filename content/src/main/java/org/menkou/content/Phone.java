package org.menkou.content;

import java.util.regex.Pattern;

/** Phone numbers as written on notices: digits, spaces, '-', and an optional leading '+'. */
final class Phone {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{2,22}[0-9]");

    private Phone() {
    }

    static String require(String field, String value) {
        String s = Text.requiredLine(field, value, 24);
        if (!PHONE.matcher(s).matches()) {
            throw new InvalidContentException(field, "电话号码只能有数字、空格和 '-' (digits, spaces and '-' only)");
        }
        return s;
    }
}
