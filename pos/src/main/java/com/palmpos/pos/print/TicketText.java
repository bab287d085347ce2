package com.palmpos.pos.print;

/**
 * Every word a kitchen ticket or receipt prints, with its English pattern ({@link java.text.MessageFormat}; the
 * arguments are named on each constant). A screen module supplies other languages through {@link TicketLanguage}
 * under the key {@code ticket.<name in lower case>}; a UI test fails while a language lacks one.
 */
public enum TicketText {
    /** {0} order number, {1} service mode. */
    KITCHEN_HEADER("ORDER #{0}  {1}"),
    /** {0} order number, {1} service mode, {2} date and time. */
    RECEIPT_HEADER("Order #{0}  {1}  {2}"),
    MODE_DINE_IN("DINE-IN"),
    MODE_TAKEOUT("TAKEOUT"),
    DISCOUNT("Discount"),
    SUBTOTAL("Subtotal"),
    DISCOUNTS("Discounts"),
    /** {0} tax code. */
    TAX("Tax {0}"),
    /** {0} the tax included in the prices. */
    PRICES_INCLUDE_TAX("  (prices include {0} tax)"),
    /** {0} currency code. */
    TOTAL("TOTAL {0}"),
    TIP("Tip"),
    CASH("Cash"),
    CARD("Card"),
    PALM("Palm"),
    OFFLINE(" (offline)"),
    DECLINED(" DECLINED"),
    CHANGE("Change"),
    /** {0} where the money goes back to: {@link #CASH}, {@link #CARD} or {@link #PALM} in the same language. */
    REFUND("Refund {0}"),
    PAYMENT_DUE("PAYMENT DUE"),
    THANK_YOU("Thank you!"),
    /** {0} the customer's name. */
    THANK_YOU_NAME("Thank you, {0}!");

    private final String english;

    TicketText(String english) {
        this.english = english;
    }

    /** The English pattern, used by {@link TicketLanguage#ENGLISH}. */
    public String english() {
        return english;
    }
}
