package com.palmpos.pos;

/**
 * An exception a cashier or manager can act on: it carries a {@link Refusal} so the screen shows a translated
 * sentence, while {@link Throwable#getMessage()} keeps the English one for the log. Screens find it anywhere in a
 * cause chain.
 */
public interface Refused {

    Refusal refusal();
}
