package com.palmpos.pos.order;

import com.palmpos.pos.money.Money;

/** A modifier chosen on a line, copied from the menu so later menu edits never change a sold line. */
public record LineModifier(String groupId, String optionId, String name, Money price) {
}
