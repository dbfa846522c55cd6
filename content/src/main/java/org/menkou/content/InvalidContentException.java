package org.menkou.content;

/** A value was rejected on the way in; the message names the field and the rule, in plain words. */
public class InvalidContentException extends ContentException {
    private final String field;

    public InvalidContentException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The name of the field that was rejected, e.g. {@code "name"} or {@code "quota"}. */
    public String field() {
        return field;
    }
}
