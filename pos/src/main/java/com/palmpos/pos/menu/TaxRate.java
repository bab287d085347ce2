package com.palmpos.pos.menu;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * One tax, e.g. "VAT 20%" included in prices or "Sales tax 8.875%" added on top.
 *
 * @param percent   the rate in percent, exact (e.g. {@code 8.875})
 * @param inclusive true when menu prices already contain this tax
 * @param appliesTo service modes the tax applies to (e.g. hot food eaten in only)
 */
public record TaxRate(String code, String name, BigDecimal percent, boolean inclusive, Set<ServiceMode> appliesTo) {
    public TaxRate {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("tax " + code + " rate must be 0..100 percent, was " + percent);
        }
        appliesTo = Set.copyOf(appliesTo);
    }

    public boolean appliesTo(ServiceMode mode) {
        return appliesTo.contains(mode);
    }
}
