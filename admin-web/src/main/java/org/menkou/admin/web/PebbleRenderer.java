package org.menkou.admin.web;

import com.mitchellbosecke.pebble.PebbleEngine;
import com.mitchellbosecke.pebble.error.PebbleException;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders {@code ctx.render(template, model)} with Pebble: the template is looked up by its name on the engine's
 * loader and evaluated with the model alone (the request's locale plays no part). Thread-safe: the engine caches
 * compiled templates and may be shared by all requests.
 */
public final class PebbleRenderer implements FileRenderer {
    private final PebbleEngine engine;

    public PebbleRenderer(PebbleEngine engine) {
        this.engine = engine;
    }

    /** @throws PebbleException when the template is missing or does not compile */
    @Override
    public String render(String filePath, Map<String, ?> model, Context context) {
        StringWriter page = new StringWriter();
        try {
            engine.getTemplate(filePath).evaluate(page, new HashMap<String, Object>(model));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + filePath, e);
        }
        return page.toString();
    }
}
