package org.menkou.admin.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.menkou.content.InvalidContentException;

/** The submitted values of one form, with parsers that refuse bad input with a field-named message. */
public final class Form {
    private final Map<String, String> values;

    public Form(Map<String, String> values) {
        this.values = values;
    }

    public static Form of(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> values.put(k, v.isEmpty() ? "" : v.get(0)));
        return new Form(values);
    }

    public Map<String, String> values() {
        return values;
    }

    /** The value, or null when missing or blank. */
    public String get(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    public boolean checked(String name) {
        return values.containsKey(name);
    }

    public int integer(String name) {
        Integer v = optionalInteger(name);
        if (v == null) {
            throw new InvalidContentException(name, "要填一个数字 (a number is required)");
        }
        return v;
    }

    public Integer optionalInteger(String name) {
        String v = get(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidContentException(name, "要填整数 (must be a whole number)");
        }
    }

    public LocalDate date(String name) {
        String v = get(name);
        try {
            return v == null ? null : LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidContentException(name, "日期格式是 2026-03-01 (use YYYY-MM-DD)");
        }
    }

    public LocalTime time(String name) {
        String v = get(name);
        try {
            return v == null ? null : LocalTime.parse(v.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidContentException(name, "时间格式是 10:00 (use HH:MM)");
        }
    }

    /** Non-blank lines of a textarea. */
    public List<String> lines(String name) {
        String v = get(name);
        List<String> out = new ArrayList<>();
        if (v != null) {
            v.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add);
        }
        return out;
    }

    /** The option values ticked in a {@link Field.Type#CHECKBOXES} group. */
    public List<String> ticked(String name, List<Field.Option> options) {
        return options.stream().map(Field.Option::value).filter(o -> checked(name + "." + o)).toList();
    }
}
