package com.palmpos.pos.order;

import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.RefusedArgumentException;
import com.palmpos.pos.money.Money;
import java.time.Instant;
import java.util.List;

/**
 * A line of an order: an item (or a meal deal) with its size, modifiers and note, priced when it was added.
 *
 * @param itemId     the menu item, or the combo id for a meal deal
 * @param combo      true for a meal deal; {@code components} then names the chosen items
 * @param unitPrice  price of one, size included, modifiers excluded
 * @param discount   the line's own discount, or null
 * @param sentAt     when the kitchen got this line, or null while unsent
 */
public record OrderLine(String lineId, String itemId, boolean combo, String name, String categoryId, String sizeName,
                        int quantity, Money unitPrice, List<LineModifier> modifiers, List<String> components,
                        String note, String taxClass, Discount discount, Instant sentAt) {
    public OrderLine {
        if (quantity < 1 || quantity > 999) {
            throw new RefusedArgumentException(RefusalCode.QUANTITY_RANGE, "quantity must be 1..999, was " + quantity,
                    quantity);
        }
        modifiers = List.copyOf(modifiers);
        components = List.copyOf(components);
        note = note == null ? "" : note;
    }

    /** One unit with its modifiers. */
    public Money unitTotal() {
        Money total = unitPrice;
        for (LineModifier m : modifiers) {
            total = total.plus(m.price());
        }
        return total;
    }

    /** Before any discount: unit total times quantity. */
    public Money gross() {
        return unitTotal().times(quantity);
    }

    public boolean sent() {
        return sentAt != null;
    }

    public OrderLine withDiscount(Discount newDiscount) {
        return new OrderLine(lineId, itemId, combo, name, categoryId, sizeName, quantity, unitPrice, modifiers,
                components, note, taxClass, newDiscount, sentAt);
    }

    public OrderLine withQuantity(int newQuantity) {
        return new OrderLine(lineId, itemId, combo, name, categoryId, sizeName, newQuantity, unitPrice, modifiers,
                components, note, taxClass, discount, sentAt);
    }

    /** The same line with the kitchen note {@code newNote} (trimmed; empty clears it). */
    public OrderLine withNote(String newNote) {
        return new OrderLine(lineId, itemId, combo, name, categoryId, sizeName, quantity, unitPrice, modifiers,
                components, newNote == null ? "" : newNote.strip(), taxClass, discount, sentAt);
    }

    public OrderLine sentAt(Instant at) {
        return new OrderLine(lineId, itemId, combo, name, categoryId, sizeName, quantity, unitPrice, modifiers,
                components, note, taxClass, discount, at);
    }
}
