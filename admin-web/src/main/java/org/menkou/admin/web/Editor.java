package org.menkou.admin.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.menkou.admin.auth.Role;
import org.menkou.admin.auth.User;

/**
 * One kind of editable content, as {@link EditorRoutes} shows it: a list, an edit form, delete and a kiosk preview.
 * Implementations parse forms through the domain records, so validation messages come from the domain.
 *
 * @param <T> the edited value
 */
public interface Editor<T> {
    /** URL segment, e.g. {@code notices}. */
    String path();

    /** Page title, e.g. 通知和活动. */
    String title();

    /** Name in the audit log, e.g. {@code NOTICE}. */
    String entity();

    /** Who may open these pages. */
    Role[] roles();

    List<String> columns();

    /** What {@code user} may see in the list. */
    List<T> list(User user);

    List<String> row(T value);

    /** URL-safe key of a value. */
    String key(T value);

    Optional<T> find(String key);

    /** The inputs of the form for {@code user}; {@code creating} is false when editing an existing value. */
    List<Field> fields(User user, boolean creating);

    /** Form values of an existing value. */
    Map<String, String> toForm(T value);

    /** Form values of a new one. */
    Map<String, String> blank(User user);

    /** Builds a value from a submitted form; throws InvalidContentException with the field and the rule. */
    T fromForm(Form form, User user);

    /** True when {@code user} may change or delete {@code value} (station scoping for volunteers). */
    boolean mayEdit(User user, T value);

    void save(T value);

    /** Deletes; false when it did not exist. May throw when still referenced. */
    boolean delete(String key);

    /** Text of the kiosk preview: a title and body lines, or empty when this kind has no preview. */
    default Optional<Preview> preview(T value) {
        return Optional.empty();
    }

    /** An extra link in each row of the list, e.g. a resident's cards; empty for none. */
    default Optional<RowLink> rowLink() {
        return Optional.empty();
    }

    /** A link to {@code /PATH/KEY/SUFFIX} labelled {@code label}. */
    record RowLink(String suffix, String label) {
    }

    /** A kiosk preview: title and paragraphs. */
    record Preview(String title, List<String> paragraphs) {
    }
}
