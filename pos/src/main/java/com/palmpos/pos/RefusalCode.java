package com.palmpos.pos;

/**
 * Every refusal a cashier or manager can meet at a screen, as a stable code. A screen looks up its text under
 * {@code error.<name in lower case>} (e.g. {@code error.item_sold_out}) and fills in the {@link Refusal#arguments()}
 * named here as {0}, {1}, ... A new refusal is a new constant here plus its English and German text; a UI test
 * fails while either text is missing. Codes are never renamed (logs and texts refer to them).
 */
public enum RefusalCode {
    // orders
    /** No arguments: the order is not (or no longer) on this terminal. */
    ORDER_UNKNOWN,
    /** {0} order number. */
    ORDER_CHANGED_ELSEWHERE,
    /** {0} order number, {1} {@link com.palmpos.pos.order.OrderStatus}. */
    ORDER_CLOSED,
    /** {0} line (item) name. */
    LINE_SENT_REMOVE,
    /** {0} line (item) name. */
    LINE_SENT_CHANGE,
    /** {0} line (item) name. */
    LINE_SENT_NOTE,
    /** {0} the most characters a note holds, {1} characters given. */
    NOTE_TOO_LONG,
    /** {0} order number. */
    LINE_GONE,
    /** {0} order number, {1} order status. */
    ORDER_CLOSED_CUSTOMER,
    /** {0} order number, {1} order status. */
    ORDER_CLOSED_KITCHEN,
    /** {0} order number. */
    NOTHING_FOR_KITCHEN,
    /** {0} order number, {1} order status. */
    ORDER_TAKES_NO_PAYMENT,
    /** {0} order number. */
    ORDER_EMPTY_PAYMENT,
    /** {0} order number, {1} order status. */
    NOTHING_DUE,
    /** {0} tendered amount, {1} amount due. */
    TENDER_OVER_DUE,
    /** {0} order number, {1} order status. */
    ORDER_NOT_PAID,
    /** No arguments. */
    VOID_NEEDS_REASON,
    /** {0} order number, {1} order status. */
    ORDER_NOT_VOIDABLE,
    /** {0} order number. */
    VOID_PART_PAID,
    /** {0} order number, {1} order status. */
    ORDER_NOT_REFUNDABLE,
    /** {0} units asked for, {1} line name, {2} units left to refund. */
    REFUND_TOO_MANY,
    /** {0} order number. */
    REFUND_NOTHING,
    /** {0} refund amount, {1} amount collected and not refunded, {2} order number. */
    REFUND_OVER_PAID,
    // menu choices and lines
    /** {0} item name. */
    ITEM_SOLD_OUT,
    /** {0} item id, {1} menu name. */
    ITEM_NOT_ON_MENU,
    /** {0} combo name, {1} slot name. */
    COMBO_CHOOSE,
    /** {0} combo name, {1} item id picked, {2} slot name. */
    COMBO_NOT_A_CHOICE,
    /** {0} item name, {1} size id. */
    ITEM_NO_SIZES,
    /** {0} item name. */
    ITEM_CHOOSE_SIZE,
    /** {0} item name, {1} choice group id. */
    ITEM_NO_CHOICES,
    /** {0} item name, {1} fewest choices, {2} most choices, {3} choice group name, {4} chosen now. */
    ITEM_CHOOSE_OPTIONS,
    /** {0} choice group name, {1} option id. */
    OPTION_UNKNOWN,
    /** {0} quantity asked for. */
    QUANTITY_RANGE,
    /** No arguments. */
    DISCOUNT_EITHER,
    /** {0} percent asked for. */
    DISCOUNT_PERCENT_RANGE,
    /** {0} amount asked for. */
    DISCOUNT_AMOUNT_POSITIVE,
    // payment
    /** {0} cash given, {1} tip. */
    CASH_SHORT_OF_TIP,
    /** {0} card amount, {1} amount due. */
    CARD_AMOUNT_RANGE,
    /** {0} the processor's reason, as it sent it. */
    CARD_DECLINED,
    /** No arguments: the card terminal could not read or tokenize the card. */
    CARD_READER_UNAVAILABLE,
    /** No arguments. */
    OFFLINE_OFF,
    /** {0} {@link com.palmpos.pos.order.TenderType}. */
    OFFLINE_TYPE,
    /** {0} limit per payment. */
    OFFLINE_PAYMENT_LIMIT,
    /** {0} limit of all payments waiting to be sent. */
    OFFLINE_TOTAL_LIMIT,
    // loyalty
    /** {0} reward id. */
    REWARD_UNKNOWN,
    /** No arguments. */
    LOYALTY_OFF,
    /** {0} order number. */
    LOYALTY_NO_CUSTOMER,
    /** {0} reward name, {1} points it needs, {2} points available. */
    REWARD_TOO_FEW_POINTS,
    /** {0} order number, {1} reward name. */
    REWARD_NOTHING_QUALIFIES,
    // staff, approvals, shifts
    /** {0} staff id. */
    STAFF_ID_TAKEN,
    /** {0} person's name. */
    NOT_A_MANAGER,
    /** No arguments. */
    MANAGER_PIN_WRONG,
    /** {0} {@link java.time.Instant} the lockout ends. */
    MANAGER_LOCKED,
    /** No arguments. */
    PIN_CURRENT_LOCKED,
    /** No arguments. */
    PIN_CURRENT_WRONG,
    /** {0} fewest digits, {1} most digits. */
    PIN_LENGTH,
    /** No arguments. */
    PIN_DIGITS_ONLY,
    /** No arguments. */
    PIN_REPEATED_DIGIT,
    /** No arguments. */
    PIN_NOT_NEW,
    /** {0} {@link com.palmpos.pos.staff.SensitiveAction} approved, {1} subject approved. */
    APPROVAL_OTHER_ACTION,
    /** No arguments. */
    APPROVAL_EXPIRED,
    /** No arguments. */
    APPROVAL_USED,
    /** No arguments. */
    FLOAT_NEGATIVE,
    /** {0} staff id who opened it, {1} {@link java.time.Instant} opened. */
    SHIFT_STILL_OPEN,
    /** {0} {@link java.time.Instant} closed. */
    SHIFT_CLOSED_ALREADY,
    /** No arguments. */
    SHIFT_UNKNOWN,
    // typed amounts
    /** {0} the text typed. */
    AMOUNT_NOT_A_NUMBER,
    /** {0} the text typed, {1} decimal places the currency has. */
    AMOUNT_TOO_PRECISE,
    // privacy and customers
    /** No arguments. */
    PRIVACY_QUERY_SHORT,
    /** No arguments. */
    PRIVACY_REQUEST_INCOMPLETE,
    /** {0} customer id. */
    CUSTOMER_UNKNOWN,
    // devices
    /** No arguments: the printer or file did not take the document (the log says why). */
    PRINT_FAILED,
    /** No arguments. */
    PRINTER_NOT_SET_UP
}
