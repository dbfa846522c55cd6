package org.menkou.content;

import java.util.regex.Pattern;

/** A subsidy tier (补贴档次) that sets meal prices, e.g. code {@code DIBAO}, name 低保. */
public record SubsidyTier(String code, String name, int sortOrder) {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

    public SubsidyTier {
        code = requireCode("code", code);
        name = Text.requiredLine("name", name, 12);
    }

    /** Checks the form of a tier code, e.g. {@code DIBAO}; returns it unchanged. */
    public static String requireCode(String field, String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidContentException(field, "档次代码只能用大写字母、数字和 '_' (must match [A-Z][A-Z0-9_]{1,19})");
        }
        return code;
    }
}
