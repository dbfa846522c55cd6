package org.menkou.admin.web.editors;

import org.menkou.content.InvalidContentException;

/** Small parsing helpers shared by the editors. */
final class Editors {
    private Editors() {
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String field, String value) {
        if (value == null) {
            throw new InvalidContentException(field, "请选择一项 (choose one)");
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidContentException(field, "没有这个选项 (no such choice)");
        }
    }

    static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
