package com.palmpos.ui.internal.counter;

/**
 * One line of the order as the cashier reads it.
 *
 * @param title    "Tomato basil soup (Bowl)"
 * @param details  modifiers, note and discount on one line; may be empty
 * @param amount   the line total after its discount, formatted
 * @param sent     the kitchen has it (it can no longer change)
 */
public record OrderLineRow(String lineId, String title, String details, int quantity, String amount, boolean sent) {
}
