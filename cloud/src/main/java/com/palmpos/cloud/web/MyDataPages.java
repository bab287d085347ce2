package com.palmpos.cloud.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.palmpos.cloud.internal.StrictInput;
import com.palmpos.sync.api.PrivacyRequest;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * "My data": sign in with a one-time code sent to the e-mail or phone on file, see what is kept, download it, withdraw
 * consent (deletes the palm data) or delete the profile through the privacy requests the terminals already receive.
 * The sign-in answers the same whether or not the address is on file.
 */
final class MyDataPages {
    static final int CODES_PER_CONTACT = 3;
    static final int CODES_PER_ADDRESS = 10;
    static final Duration CODE_WINDOW = Duration.ofMinutes(15);
    static final int TRIES_PER_CODE = 5;
    static final int WRONG_CODES_PER_ADDRESS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebContext web;

    MyDataPages(WebContext web) {
        this.web = web;
    }

    void show(Context ctx, Session session, Page page) {
        if (session.customerId() == null) {
            signIn(ctx, 200, page, "", session.expired());
            return;
        }
        Optional<MyData> data = web.db().inTransaction(tx ->
                WebStore.myData(tx, web.sealer(), web.settings().chainId(), session.customerId()));
        if (data.isEmpty()) {
            ctx.attribute("palmpos.web.ended", Boolean.TRUE);
            web.sessions().end(ctx, session);
            signIn(ctx, 200, page, "", false);
            return;
        }
        web.audit().record("data.view", "ok", session, session.customerId());
        dataPage(ctx, 200, page, data.get(), ctx.queryParam("done"));
    }

    private void dataPage(Context ctx, int status, Page page, MyData data, String done) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", page);
        params.put("data", data);
        params.put("done", done == null || !done.matches("BIOMETRICS|PROFILE") ? "" : done);
        web.renderer().render(ctx, status, "data", params);
    }

    private void signIn(Context ctx, int status, Page page, String contact, boolean expired) {
        web.renderer().render(ctx, status, "signin", Map.of("page", page, "contact", contact, "expired", expired));
    }

    void requestCode(Context ctx, Session session, Page page) {
        String contact = SignUpForm.field(ctx, "contact");
        if (!SignUpForm.plausibleContact(contact)) {
            signIn(ctx, 422, page.withErrors(Map.of("contact", "error.contactFormat")), contact, false);
            return;
        }
        Instant now = web.clock().instant();
        String key = contact.contains("@") ? contact.toLowerCase(Locale.ROOT) : SignUpForm.phoneTail(contact);
        // both limits count every request, known address or not, so the answer says nothing about the address
        if (!web.limiter().tryAcquire("code-ip:" + ctx.ip(), CODES_PER_ADDRESS, CODE_WINDOW, now)
                || !web.limiter().tryAcquire("code-to:" + key, CODES_PER_CONTACT, CODE_WINDOW, now)) {
            web.audit().record("signin.code", "rate-limited", session, null);
            CustomerWeb.message(web, ctx, 429, page, "error.rate.title", "error.rate.text");
            return;
        }
        Optional<String> customer = web.db().inTransaction(tx ->
                WebStore.findByContact(tx, web.sealer(), web.settings().chainId(), contact));
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        session.put("si.customer", customer.orElse(""));
        session.put("si.hash", WebSessions.sha256(code + ":" + session.idHash()));
        session.put("si.expires", now.plus(web.settings().signInCodeValidity()).toString());
        session.put("si.tries", "0");
        session.put("si.contact", contact);
        customer.ifPresent(id -> web.sender().send(new CodeSender.Message(contact,
                contact.contains("@") ? CodeSender.Channel.EMAIL : CodeSender.Channel.SMS, page.t("mail.signin.subject"),
                page.t("mail.signin.body", code, web.settings().signInCodeValidity().toMinutes()), now)));
        web.audit().record("signin.code", customer.isPresent() ? "sent" : "no-match", session, customer.orElse(null));
        ctx.redirect(page.url("/me/verify"), HttpStatus.SEE_OTHER);
    }

    void verifyForm(Context ctx, Session session, Page page) {
        if (session.get("si.hash") == null) {
            ctx.redirect(page.url("/me"), HttpStatus.SEE_OTHER);
            return;
        }
        verifyPage(ctx, 200, page, session);
    }

    private void verifyPage(Context ctx, int status, Page page, Session session) {
        web.renderer().render(ctx, status, "verify", Map.of("page", page, "contact", session.get("si.contact"),
                "minutes", web.settings().signInCodeValidity().toMinutes()));
    }

    void verify(Context ctx, Session session, Page page) {
        if (session.get("si.hash") == null) {
            ctx.redirect(page.url("/me"), HttpStatus.SEE_OTHER);
            return;
        }
        Instant now = web.clock().instant();
        String code = SignUpForm.field(ctx, "code").replaceAll("\\s", "");
        if (!code.matches("[0-9]{6}")) {
            verifyPage(ctx, 422, page.withErrors(Map.of("code", "error.codeFormat")), session);
            return;
        }
        if (!web.limiter().tryAcquire("verify-ip:" + ctx.ip(), WRONG_CODES_PER_ADDRESS, CODE_WINDOW, now)) {
            web.audit().record("signin.verify", "rate-limited", session, null);
            CustomerWeb.message(web, ctx, 429, page, "error.rate.title", "error.rate.text");
            return;
        }
        String customer = session.get("si.customer");
        boolean right = WebSessions.same(WebSessions.sha256(code + ":" + session.idHash()), session.get("si.hash"))
                && Instant.parse(session.get("si.expires")).isAfter(now) && !customer.isEmpty();
        if (!right) {
            int tries = Integer.parseInt(session.get("si.tries")) + 1;
            session.put("si.tries", Integer.toString(tries));
            if (tries >= TRIES_PER_CODE) {
                // the code is spent: a new one must be requested (and is rate limited)
                session.put("si.hash", WebSessions.sha256(WebSessions.randomToken()));
            }
            web.audit().record("signin.verify", "wrong-code", session, null);
            verifyPage(ctx, 422, page.withErrors(Map.of("code", "error.code")), session);
            return;
        }
        for (String key : new String[] {"si.customer", "si.hash", "si.expires", "si.tries", "si.contact"}) {
            session.put(key, null);
        }
        web.sessions().rotate(ctx, session);
        session.customerId(customer);
        web.audit().record("signin.verify", "signed-in", session, customer);
        ctx.redirect(page.url("/me"), HttpStatus.SEE_OTHER);
    }

    void download(Context ctx, Session session, Page page) throws JsonProcessingException {
        if (session.customerId() == null) {
            ctx.redirect(page.url("/me"), HttpStatus.SEE_OTHER);
            return;
        }
        Optional<MyData> data = web.db().inTransaction(tx ->
                WebStore.myData(tx, web.sealer(), web.settings().chainId(), session.customerId()));
        if (data.isEmpty()) {
            ctx.redirect(page.url("/me"), HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("exportedAt", web.clock().instant());
        export.put("customer", data.get());
        web.audit().record("data.download", "ok", session, session.customerId());
        ctx.header("Content-Disposition", "attachment; filename=\"palmpos-my-data.json\"");
        ctx.contentType("application/json; charset=utf-8")
                .result(StrictInput.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(export));
    }

    void erase(Context ctx, Session session, Page page) {
        if (session.customerId() == null) {
            ctx.redirect(page.url("/me"), HttpStatus.SEE_OTHER);
            return;
        }
        String scope = SignUpForm.field(ctx, "scope");
        Optional<MyData> data = web.db().inTransaction(tx ->
                WebStore.myData(tx, web.sealer(), web.settings().chainId(), session.customerId()));
        if (data.isEmpty() || data.get().deleted()) {
            ctx.redirect(page.url("/me"), HttpStatus.SEE_OTHER);
            return;
        }
        if (!PrivacyRequest.BIOMETRICS.equals(scope) && !PrivacyRequest.PROFILE.equals(scope)) {
            dataPage(ctx, 422, page.withErrors(Map.of("scope", "error.scope")), data.get(), null);
            return;
        }
        if (PrivacyRequest.PROFILE.equals(scope) && !"yes".equals(ctx.formParam("confirm"))) {
            dataPage(ctx, 422, page.withErrors(Map.of("confirm", "error.confirm")), data.get(), null);
            return;
        }
        web.db().inTransaction(tx -> WebStore.erase(tx, session.customerId(), scope, web.clock().instant()));
        web.audit().record("data.erase." + scope.toLowerCase(Locale.ROOT), "done", session, session.customerId());
        ctx.redirect(page.url("/me?done=" + scope), HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx, Session session, Page page) {
        web.audit().record("signout", "ok", session, session.customerId());
        ctx.attribute("palmpos.web.ended", Boolean.TRUE);
        web.sessions().end(ctx, session);
        ctx.redirect(page.url("/"), HttpStatus.SEE_OTHER);
    }
}
