package com.palmpos.cloud.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.palmpos.cloud.internal.StrictInput;
import com.palmpos.pos.consent.ConsentNotice;
import com.palmpos.sync.api.ConsentRecord;
import com.palmpos.sync.api.PreEnrollment;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Online pre-enrollment: the form (store, the consent notice, name, contact, loyalty), the card at the processor's
 * hosted page, then the code, shown and sent. The code is the same pre-enrollment the terminals complete
 * ({@code POST /v1/pre-enrollments/{code}/completion}).
 */
final class SignUpPages {
    static final int SIGN_UPS_PER_ADDRESS = 10;
    static final Duration SIGN_UP_WINDOW = Duration.ofHours(1);

    private final WebContext web;

    SignUpPages(WebContext web) {
        this.web = web;
    }

    void form(Context ctx, Session session, Page page) {
        SignUpForm form = session.get("su.name") != null ? SignUpForm.from(session.data()) : SignUpForm.empty();
        show(ctx, 200, page, form);
    }

    private void show(Context ctx, int status, Page page, SignUpForm form) {
        ConsentNotice notice = web.notices().current(page.texts().locale());
        List<String> paragraphs = Arrays.stream(notice.text().strip().split("\\R\\s*\\R"))
                .map(p -> p.replaceAll("\\s*\\R\\s*", " ").strip()).toList();
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("form", form);
        params.put("stores", stores());
        params.put("consentTitle", paragraphs.get(0));
        params.put("consent", paragraphs.subList(1, paragraphs.size()));
        params.put("consentVersion", notice.version());
        web.renderer().render(ctx, status, "signup", params);
    }

    private List<StoreOption> stores() {
        return web.db().inTransaction(tx -> WebStore.stores(tx, web.settings().chainId()));
    }

    void submit(Context ctx, Session session, Page page) {
        SignUpForm form = SignUpForm.from(ctx);
        Map<String, String> problems = form.problems(stores());
        if (!problems.isEmpty()) {
            web.audit().record("signup.form", "refused", session, null);
            show(ctx, 422, page.withErrors(problems), form);
            return;
        }
        form.into(session);
        String state = WebSessions.randomToken();
        session.put("su.state", state);
        web.audit().record("signup.form", "ok", session, null);
        ctx.redirect("/processor/hosted-card?merchant=" + enc(web.settings().chainId()) + "&lang=" + page.lang()
                + "&state=" + state + "&return=" + enc(page.url("/signup/card-return")), HttpStatus.SEE_OTHER);
    }

    /** The processor sent the customer back with a card token (never the number) and our state. */
    void cardReturned(Context ctx, Session session, Page page) {
        String token = ctx.queryParam("token");
        if (!WebSessions.same(ctx.queryParam("state"), session.get("su.state")) || session.get("su.name") == null
                || token == null || token.length() > 60) {
            web.audit().record("signup.card", "refused", session, null);
            CustomerWeb.message(web, ctx, 400, page, "error.flow.title", "error.flow.text");
            return;
        }
        if (!web.db().inTransaction(tx -> WebStore.freshCard(tx, web.sealer(), web.settings().chainId(), token))) {
            web.audit().record("signup.card", "refused", session, null);
            CustomerWeb.message(web, ctx, 400, page, "error.flow.title", "error.flow.text");
            return;
        }
        create(ctx, session, page, token);
    }

    void withoutCard(Context ctx, Session session, Page page) {
        if (session.get("su.name") == null) {
            CustomerWeb.message(web, ctx, 400, page, "error.flow.title", "error.flow.text");
            return;
        }
        create(ctx, session, page, null);
    }

    private void create(Context ctx, Session session, Page page, String cardToken) {
        Instant now = web.clock().instant();
        if (!web.limiter().tryAcquire("signup:" + ctx.ip(), SIGN_UPS_PER_ADDRESS, SIGN_UP_WINDOW, now)) {
            web.audit().record("signup.code", "rate-limited", session, null);
            CustomerWeb.message(web, ctx, 429, page, "error.rate.title", "error.rate.text");
            return;
        }
        SignUpForm form = SignUpForm.from(session.data());
        String consent = consentJson(page, now);
        PreEnrollment created = web.db().inTransaction(tx ->
                WebStore.preEnroll(tx, web.sealer(), web.settings().chainId(), form, cardToken, consent, now));
        boolean byMail = !form.email().isBlank();
        String to = byMail ? form.email() : form.phone();
        web.sender().send(new CodeSender.Message(to, byMail ? CodeSender.Channel.EMAIL : CodeSender.Channel.SMS,
                page.t("mail.signup.subject"), page.t("mail.signup.body", created.code(), page.dateTime(created.expiresAt())),
                now));
        for (String key : List.of("su.store", "su.name", "su.email", "su.phone", "su.loyalty", "su.state")) {
            session.put(key, null);
        }
        session.put("code.value", created.code());
        session.put("code.expires", created.expiresAt().toString());
        session.put("code.to", to);
        session.put("code.card", Boolean.toString(cardToken != null));
        web.audit().record("signup.code", "created", session, null);
        ctx.redirect(page.url("/signup/code"), HttpStatus.SEE_OTHER);
    }

    private String consentJson(Page page, Instant now) {
        try {
            return StrictInput.mapper().writeValueAsString(
                    new ConsentRecord(web.notices().current(page.texts().locale()).version(), now, "web"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a consent record", e);
        }
    }

    void code(Context ctx, Session session, Page page) {
        if (session.get("code.value") == null) {
            ctx.redirect(page.url("/signup"), HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("code", session.get("code.value"));
        params.put("expires", page.dateTime(Instant.parse(session.get("code.expires"))));
        params.put("sentTo", session.get("code.to"));
        params.put("card", Boolean.parseBoolean(session.get("code.card")));
        web.renderer().render(ctx, 200, "code", params);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
