package org.menkou.admin.web;

import java.util.function.Function;
import java.util.regex.Pattern;
import org.menkou.content.InvalidContentException;

/** Turns the domain's refusal of a field into a sentence for staff: the field's label and the rule in Chinese. */
public final class FieldMessages {
    /** The English gloss the domain adds to its messages, e.g. " (must not be empty)". */
    private static final Pattern ENGLISH_GLOSS = Pattern.compile("\\s*\\([^()（）]*[A-Za-z][^()（）]*\\)");

    private FieldMessages() {
    }

    /**
     * “标题”不能为空.
     *
     * @param labelOf the label the form shows for a field name, or null when the form has no such input
     */
    public static String plain(InvalidContentException e, Function<String, String> labelOf) {
        String problem = e.getMessage().startsWith(e.field() + ": ")
                ? e.getMessage().substring(e.field().length() + 2) : e.getMessage();
        String label = labelOf.apply(e.field());
        if (label == null) {
            label = e.field().chars().anyMatch(c -> c > 0x2E80) ? e.field() : "填写的内容";
        }
        return "“" + label + "”" + ENGLISH_GLOSS.matcher(problem).replaceAll("");
    }
}
