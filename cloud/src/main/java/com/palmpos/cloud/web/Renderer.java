package com.palmpos.cloud.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the pages' JTE templates ({@code src/main/resources/web/templates}, compiled to Java at build time; every
 * {@code ${...}} is HTML-escaped for its context). Thread-safe.
 */
final class Renderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    void render(Context ctx, int status, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template + ".jte", params, out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }
}
