package com.palmpos.pos.menu.internal;

import com.palmpos.pos.menu.ServiceMode;
import com.palmpos.pos.menu.TaxRate;
import com.palmpos.pos.menu.TaxTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Validates the {@code taxes} section: tax class -> rates. */
final class TaxBuilder {
    private final Problems problems;

    TaxBuilder(Problems problems) {
        this.problems = problems;
    }

    TaxTable build(Map<String, List<MenuJson.Rate>> taxes) {
        Map<String, List<TaxRate>> out = new LinkedHashMap<>();
        if (taxes == null || taxes.isEmpty()) {
            problems.add("taxes", "is missing: declare at least one tax class (it may have no rates)");
        }
        MenuBuilder.nonNullMap(taxes).forEach((taxClass, rates) -> {
            List<TaxRate> list = new ArrayList<>();
            for (MenuJson.Rate r : MenuBuilder.nonNull(rates)) {
                String where = "tax '" + r.code() + "' (taxes." + taxClass + ")";
                problems.requireText(where, "code", r.code());
                BigDecimal percent = null;
                try {
                    percent = new BigDecimal(String.valueOf(r.percent()));
                } catch (NumberFormatException e) {
                    problems.add(where, "percent '" + r.percent() + "' is not a number such as \"8.875\"");
                }
                Set<ServiceMode> modes = r.appliesTo() == null ? EnumSet.allOf(ServiceMode.class)
                        : MenuBuilder.enums(problems, where, "appliesTo", r.appliesTo(), ServiceMode.class);
                if (percent != null) {
                    try {
                        list.add(new TaxRate(r.code(), r.name() == null ? r.code() : r.name(), percent,
                                Boolean.TRUE.equals(r.inclusive()), modes));
                    } catch (IllegalArgumentException e) {
                        problems.add(where, e.getMessage());
                    }
                }
            }
            out.put(taxClass, list);
        });
        return new TaxTable(out);
    }
}
