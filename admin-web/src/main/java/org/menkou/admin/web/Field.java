package org.menkou.admin.web;

import java.util.List;

/**
 * One input of an edit form, rendered by {@code form.peb}.
 *
 * @param name    the form parameter; for {@link Type#CHECKBOXES} each option is sent as {@code name.value=on}
 * @param options choices of SELECT and CHECKBOXES
 * @param help    a short hint under the input, or null
 */
public record Field(String name, String label, Type type, List<Option> options, String help, boolean readOnly) {
    /** Input kinds. HEADING is not an input but a group title. */
    public enum Type { TEXT, TEXTAREA, DATE, TIME, NUMBER, SELECT, CHECKBOX, CHECKBOXES, HEADING }

    /** A choice: the value sent and the label shown. */
    public record Option(String value, String label) {
    }

    public static Field text(String name, String label, String help) {
        return new Field(name, label, Type.TEXT, List.of(), help, false);
    }

    public static Field area(String name, String label, String help) {
        return new Field(name, label, Type.TEXTAREA, List.of(), help, false);
    }

    public static Field of(Type type, String name, String label) {
        return new Field(name, label, type, List.of(), null, false);
    }

    public static Field select(String name, String label, List<Option> options) {
        return new Field(name, label, Type.SELECT, options, null, false);
    }

    public static Field checkboxes(String name, String label, List<Option> options) {
        return new Field(name, label, Type.CHECKBOXES, options, null, false);
    }

    public static Field heading(String label) {
        return new Field("", label, Type.HEADING, List.of(), null, false);
    }

    /** The same field, not editable (the id of an existing entity). */
    public Field readOnlyIf(boolean condition) {
        return condition ? new Field(name, label, type, options, help, true) : this;
    }

    public String getType() {
        return type.name();
    }
}
