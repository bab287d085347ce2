package com.palmpos.cloud.web;

import com.palmpos.cloud.internal.CloudDatabase;
import com.palmpos.cloud.internal.Sealer;
import com.palmpos.cloud.internal.HttpFront;
import com.palmpos.pos.consent.ConsentNotices;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The customer's own web pages, served by the cloud beside API v1: online pre-enrollment ({@code /web/{lang}/signup},
 * with the card taken by the simulated processor's hosted page under {@code /processor}) and "My data"
 * ({@code /web/{lang}/me}). English and German; no scripts at all, so the Content-Security-Policy allows none.
 */
public final class CustomerWeb {
    private static final Logger LOG = LoggerFactory.getLogger(CustomerWeb.class);
    /**
     * No script of any origin, styles and images from this site only, forms post to this site only, never framed.
     * A production processor's hosted page on its own origin would be added to form-action (and only there).
     */
    static final String CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self';"
            + " frame-ancestors 'none'; base-uri 'none'";

    /** One page action, given its session and the page's language and texts. */
    @FunctionalInterface
    interface PageHandler {
        void handle(Context ctx, Session session, Page page) throws Exception;
    }

    private final WebContext web;
    private final byte[] css;

    private CustomerWeb(WebContext web) {
        this.web = web;
        this.css = resource("/web/static/site.css");
    }

    /** Adds the pages to the cloud's server, with the demo outbox as the message gateway when the settings say so. */
    public static void install(JavalinConfig config, CloudDatabase db, Sealer sealer, Clock clock,
                               WebSettings settings) {
        CodeSender sender = settings.demoOutbox() ? new DemoOutbox() : CodeSender.NONE;
        WebContext web = new WebContext(db, sealer, clock, settings, new WebSessions(db, sealer, clock, settings),
                new WebAudit(db, clock, settings.chainId()), new RateLimiter(), sender, new Renderer(), ConsentNotices.load());
        new CustomerWeb(web).routes(config);
    }

    private void routes(JavalinConfig config) {
        SignUpPages signUp = new SignUpPages(web);
        MyDataPages myData = new MyDataPages(web);
        ProcessorPage processor = new ProcessorPage(web);
        config.routes.get("/web", ctx -> {
            headers(ctx);
            String accept = ctx.header("Accept-Language");
            ctx.redirect(accept != null && accept.toLowerCase().startsWith("de") ? "/web/de/" : "/web/en/", io.javalin.http.HttpStatus.SEE_OTHER);
        });
        config.routes.get("/web/static/site.css", ctx -> {
            headers(ctx);
            ctx.header("Cache-Control", "public, max-age=3600");
            ctx.contentType("text/css; charset=utf-8").result(css);
        });
        // Javalin ignores trailing slashes: this serves /web/en and /web/en/ alike
        config.routes.get("/web/{lang}", page((ctx, s, p) -> web.renderer().render(ctx, 200, "home", Map.of("page", p))));
        config.routes.get("/web/{lang}/signup", page(signUp::form));
        config.routes.post("/web/{lang}/signup", page(signUp::submit));
        config.routes.get("/web/{lang}/signup/card-return", page(signUp::cardReturned));
        config.routes.post("/web/{lang}/signup/no-card", page(signUp::withoutCard));
        config.routes.get("/web/{lang}/signup/code", page(signUp::code));
        config.routes.get("/web/{lang}/me", page(myData::show));
        config.routes.post("/web/{lang}/me/sign-in", page(myData::requestCode));
        config.routes.get("/web/{lang}/me/verify", page(myData::verifyForm));
        config.routes.post("/web/{lang}/me/verify", page(myData::verify));
        config.routes.get("/web/{lang}/me/data.json", page(myData::download));
        config.routes.post("/web/{lang}/me/erase", page(myData::erase));
        config.routes.post("/web/{lang}/me/sign-out", page(myData::signOut));
        if (web.sender() instanceof DemoOutbox outbox) {
            config.routes.get("/web/{lang}/demo/outbox", page((ctx, s, p) ->
                    web.renderer().render(ctx, 200, "outbox", Map.of("page", p, "messages", outbox.messages()))));
        }
        config.routes.get("/processor/hosted-card", ctx -> bare(ctx, processor::form));
        config.routes.post("/processor/hosted-card", ctx -> bare(ctx, processor::submit));
    }

    /** Wraps a page: security headers, language, session (saved afterwards), CSRF on every POST, errors as pages. */
    private io.javalin.http.Handler page(PageHandler handler) {
        return ctx -> {
            ctx.attribute(HttpFront.ANSWERED, Boolean.TRUE);
            headers(ctx);
            String lang = ctx.pathParam("lang");
            if (!Texts.LANGUAGES.contains(lang)) {
                ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found");
                return;
            }
            Session session = web.sessions().load(ctx);
            String rest = ctx.path().substring(("/web/" + lang).length());
            Page page = new Page(lang, Texts.of(lang), session.csrf(), ctx.method().name().equals("GET") ? rest : "/",
                    Map.of());
            try {
                if (ctx.method().name().equals("POST") && !WebSessions.same(ctx.formParam("csrf"), session.csrf())) {
                    web.audit().record("csrf", "refused", session, session.customerId());
                    message(ctx, 403, page, "error.csrf.title", "error.csrf.text");
                    return;
                }
                handler.handle(ctx, session, page);
                if (!Boolean.TRUE.equals(ctx.attribute("palmpos.web.ended"))) {
                    web.sessions().save(session);
                }
            } catch (RuntimeException e) {
                // the page never shows the exception's text: it may hold SQL or the customer's input
                LOG.error("Customer page {} failed", ctx.path(), e);
                message(ctx, 500, page, "error.internal.title", "error.internal.text");
            }
        };
    }

    /** The processor's page: its own headers and no PalmPOS session. */
    private void bare(Context ctx, io.javalin.http.Handler handler) throws Exception {
        ctx.attribute(HttpFront.ANSWERED, Boolean.TRUE);
        headers(ctx);
        try {
            handler.handle(ctx);
        } catch (RuntimeException e) {
            LOG.error("Processor page failed", e);
            ctx.status(500).contentType("text/plain; charset=utf-8").result("The payment page failed; try again.");
        }
    }

    static void message(WebContext web, Context ctx, int status, Page page, String title, String text) {
        web.renderer().render(ctx, status, "message", Map.of("page", page, "title", page.t(title), "text", page.t(text)));
    }

    private void message(Context ctx, int status, Page page, String title, String text) {
        message(web, ctx, status, page, title, text);
    }

    private void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        ctx.header("Cache-Control", "no-store");
        if (web.settings().secureCookies()) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = CustomerWeb.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
