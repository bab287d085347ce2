package com.palmpos.ui.internal.companion;

import com.palmpos.ui.internal.session.CompanionPage;
import com.palmpos.pos.money.Money;
import com.palmpos.ui.internal.i18n.Messages;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Objects;

/**
 * The three lines of the customer display (headline, message, hint) for each {@link CompanionPage}, in the shell's
 * language. Only what the page carries is shown: a first name, this customer's points and order, never anyone
 * else's data. Immutable and thread-safe.
 *
 * @param headline large first line
 * @param message main instruction or information
 * @param hint smaller line under it (may be empty)
 */
record CompanionTexts(String headline, String message, String hint) {

    static CompanionTexts of(CompanionPage page, Messages messages, String storeName) {
        Objects.requireNonNull(page, "page");
        if (page instanceof CompanionPage.Idle) {
            return new CompanionTexts(messages.get("companion.welcome", storeName), messages.get("companion.idle"),
                    messages.get("companion.idleHint"));
        } else if (page instanceof CompanionPage.Guidance guidance) {
            return new CompanionTexts(messages.get("companion.guidance.title"),
                    messages.get("companion.guidance." + guidance.hint().name().toLowerCase(Locale.ROOT)), "");
        } else if (page instanceof CompanionPage.Greeting greeting) {
            return new CompanionTexts(messages.get(greeting.returning() ? "companion.greeting" : "companion.greeting.new",
                    greeting.firstName()), messages.get("companion.greeting.points", greeting.points()),
                    !greeting.returning() ? messages.get("companion.greeting.newHint")
                    : greeting.favouritesReady() ? messages.get("companion.greeting.hint") : "");
        } else if (page instanceof CompanionPage.Cart cart) {
            return cart(cart, messages);
        } else if (page instanceof CompanionPage.PayWithPalm pay) {
            return new CompanionTexts(messages.get("companion.pay.title", money(pay.amount(), messages.locale())),
                    messages.get("companion.pay.message"), messages.get("companion.pay.hint"));
        } else if (page instanceof CompanionPage.Consent consent) {
            return new CompanionTexts(messages.get("companion.consent.title"), consent.noticeText(),
                    messages.get("companion.consent.version", consent.noticeVersion()));
        } else if (page instanceof CompanionPage.EnrollCapture enroll) {
            return new CompanionTexts(messages.get("companion.enroll.title"), enroll.instruction(),
                    messages.get("companion.enroll.progress", enroll.captured(), enroll.required()));
        } else if (page instanceof CompanionPage.Message message) {
            return new CompanionTexts(message.headline(), message.text(), "");
        } else if (page instanceof CompanionPage.ThankYou thanks) {
            return new CompanionTexts(thanks.firstName() == null || thanks.firstName().isBlank()
                    ? messages.get("companion.thanks") : messages.get("companion.thanks.name", thanks.firstName()),
                    messages.get("companion.thanks.message"), "");
        }
        throw new IllegalArgumentException("no texts for companion page " + page.getClass().getSimpleName());
    }

    private static CompanionTexts cart(CompanionPage.Cart cart, Messages messages) {
        Locale locale = messages.locale();
        String title = messages.get("companion.cart.title", cart.order().number());
        CompanionPage.Payment payment = cart.payment();
        return switch (payment.state()) {
            case NONE -> new CompanionTexts(title,
                    messages.get("companion.cart.total", money(cart.order().totals().total(), locale)), "");
            case DUE -> new CompanionTexts(title, messages.get("companion.cart.due", money(payment.amount(), locale)),
                    messages.get("companion.cart.dueHint"));
            case APPROVED -> new CompanionTexts(title,
                    messages.get("companion.cart.approved", money(payment.amount(), locale)),
                    messages.get("companion.cart.paidHint"));
            case PAID -> new CompanionTexts(title, payment.change().isPositive()
                    ? messages.get("companion.cart.change", money(payment.change(), locale))
                    : messages.get("companion.cart.paid", money(payment.amount(), locale)),
                    messages.get("companion.cart.paidHint"));
        };
    }

    /** An amount in the locale's currency format, e.g. "€12.50" or "12,50 €". */
    static String money(Money amount, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(amount.currency());
        format.setMaximumFractionDigits(amount.currency().getDefaultFractionDigits());
        format.setMinimumFractionDigits(amount.currency().getDefaultFractionDigits());
        return format.format(amount.toDecimal());
    }
}
