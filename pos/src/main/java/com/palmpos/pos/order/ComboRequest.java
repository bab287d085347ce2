package com.palmpos.pos.order;

import java.util.Map;

/** A meal deal: for each slot id, the chosen component (its quantity is ignored; the deal's quantity counts). */
public record ComboRequest(String comboId, int quantity, Map<String, LineRequest> components, String note) {
    public ComboRequest {
        components = Map.copyOf(components);
    }
}
