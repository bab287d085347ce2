package com.palmpos.cloud.web;

import com.palmpos.cloud.TestCard;
import com.palmpos.cloud.internal.PaymentApi;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The simulated payment processor's hosted card page (demo mode): the customer types the card here, the processor
 * keeps a token with brand, last four and expiry (never the number) and sends the browser back to the merchant with
 * the token only. The PalmPOS pages never see a card number; with a real processor this page is on the processor's
 * own origin. Uses the emulator's test cards ({@link TestCard}).
 */
final class ProcessorPage {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebContext web;

    ProcessorPage(WebContext web) {
        this.web = web;
    }

    void form(Context ctx) {
        Request request = Request.of(ctx, ctx.queryParam("merchant"), ctx.queryParam("state"), ctx.queryParam("return"),
                ctx.queryParam("lang"));
        if (request == null) {
            ctx.status(400).contentType("text/plain; charset=utf-8").result("This payment link is not valid.");
            return;
        }
        show(ctx, 200, request, "", "", Map.of());
    }

    private void show(Context ctx, int status, Request request, String month, String year, Map<String, String> errors) {
        Map<String, Object> params = new HashMap<>();
        params.put("page", new Page(request.lang(), Texts.of(request.lang()), request.state(), "/", errors));
        params.put("merchant", request.merchant());
        params.put("merchantName", chainName(request.merchant()).orElse(request.merchant()));
        params.put("returnTo", request.returnTo());
        params.put("month", month);
        params.put("year", year);
        web.renderer().render(ctx, status, "processor", params);
    }

    void submit(Context ctx) {
        Request request = Request.of(ctx, ctx.formParam("merchant"), ctx.formParam("state"), ctx.formParam("return"),
                ctx.formParam("lang"));
        if (request == null || !chainExists(request.merchant())) {
            ctx.status(400).contentType("text/plain; charset=utf-8").result("This payment link is not valid.");
            return;
        }
        String pan = SignUpForm.field(ctx, "pan").replaceAll("[ -]", "");
        String month = SignUpForm.field(ctx, "month");
        String year = SignUpForm.field(ctx, "year");
        Map<String, String> errors = new HashMap<>();
        if (!pan.matches("[0-9]{12,19}") || !PaymentApi.luhn(pan)) {
            errors.put("pan", "error.pan");
        }
        YearMonth expiry = null;
        if (!month.matches("[0-9]{1,2}") || !year.matches("[0-9]{4}")
                || Integer.parseInt(month) < 1 || Integer.parseInt(month) > 12) {
            errors.put("expiry", "error.expiry");
        } else {
            expiry = YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
            if (expiry.isBefore(YearMonth.from(web.clock().instant().atZone(ZoneOffset.UTC)))) {
                errors.put("expiry", "error.expired");
            }
        }
        if (!errors.isEmpty()) {
            // the card number is never sent back into the page
            show(ctx, 422, request, month, year, errors);
            return;
        }
        String token = tokenize(request.merchant(), pan, expiry);
        ctx.redirect(request.returnTo() + "?token=" + token + "&state=" + enc(request.state()), HttpStatus.SEE_OTHER);
    }

    private String tokenize(String chainId, String pan, YearMonth expiry) {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        String token = "tok-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String brand = pan.startsWith("4") ? "VISA" : pan.startsWith("5") ? "MASTERCARD" : "CARD";
        web.db().inTransaction(tx -> {
            try (PreparedStatement insert = tx.prepareStatement("INSERT INTO card (token, brand, last4, exp_month,"
                    + " exp_year, behaviour, chain_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, token);
                insert.setString(2, brand);
                insert.setString(3, pan.substring(pan.length() - 4));
                insert.setInt(4, expiry.getMonthValue());
                insert.setInt(5, expiry.getYear());
                insert.setString(6, TestCard.forPan(pan).name());
                insert.setString(7, chainId);
                insert.executeUpdate();
            }
            return null;
        });
        return token;
    }

    private java.util.Optional<String> chainName(String chainId) {
        return web.db().inTransaction(tx -> {
            try (PreparedStatement select = tx.prepareStatement("SELECT name FROM chain WHERE chain_id = ?")) {
                select.setString(1, chainId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.<String>empty();
                }
            }
        });
    }

    private boolean chainExists(String chainId) {
        return web.db().inTransaction(tx -> {
            try (PreparedStatement select = tx.prepareStatement("SELECT 1 FROM chain WHERE chain_id = ?")) {
                select.setString(1, chainId);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** A hosted-page request: whose, the merchant's state to hand back, where to return (this site only) and language. */
    private record Request(String merchant, String state, String returnTo, String lang) {
        static Request of(Context ctx, String merchant, String state, String returnTo, String lang) {
            if (merchant == null || !merchant.matches("[A-Za-z0-9_-]{1,40}") || state == null
                    || !state.matches("[A-Za-z0-9_-]{20,64}") || returnTo == null
                    || !returnTo.matches("/web/(en|de)/signup/card-return") || !Texts.LANGUAGES.contains(lang)) {
                return null;
            }
            return new Request(merchant, state, returnTo, lang);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
