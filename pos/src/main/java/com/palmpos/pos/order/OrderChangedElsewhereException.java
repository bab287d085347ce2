package com.palmpos.pos.order;

import com.palmpos.pos.Refusal;
import com.palmpos.pos.RefusalCode;
import com.palmpos.pos.Refused;
import java.util.ConcurrentModificationException;

/** Another screen or the sync saved the order first; reloading it and trying again is safe. */
public final class OrderChangedElsewhereException extends ConcurrentModificationException implements Refused {
    private static final long serialVersionUID = 1L;

    private final transient Refusal refusal;

    public OrderChangedElsewhereException(int orderNumber) {
        super("order " + orderNumber + " was changed elsewhere (another screen or the sync): reload it and try again");
        this.refusal = Refusal.of(RefusalCode.ORDER_CHANGED_ELSEWHERE, orderNumber);
    }

    @Override
    public Refusal refusal() {
        return refusal;
    }
}
