package com.palmpos.pos.menu;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Which taxes apply to each tax class. Rates of one class are not compounded: each is computed on the same net amount.
 * Immutable and thread-safe.
 */
public record TaxTable(Map<String, List<TaxRate>> ratesByClass) {
    public TaxTable {
        ratesByClass = ratesByClass.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> List.copyOf(e.getValue())));
    }

    /** The rates of {@code taxClass} that apply to {@code mode}; empty for an unknown class. */
    public List<TaxRate> ratesFor(String taxClass, ServiceMode mode) {
        return ratesByClass.getOrDefault(taxClass, List.of()).stream().filter(r -> r.appliesTo(mode)).toList();
    }

    public boolean hasClass(String taxClass) {
        return ratesByClass.containsKey(taxClass);
    }
}
