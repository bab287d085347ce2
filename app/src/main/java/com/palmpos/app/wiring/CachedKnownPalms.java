package com.palmpos.app.wiring;

import com.palmpos.pos.customer.CustomerStore;
import com.palmpos.pos.enrollment.KnownPalms;
import com.palmpos.cloud.TemplateMatcher;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The enrollment's duplicate check: matches a fresh capture against every template in the terminal's customer cache
 * with the palm engine. Reads the cache on each call (a few milliseconds per thousand customers), so a customer
 * enrolled a moment ago is found too. Thread-safe.
 */
public final class CachedKnownPalms implements KnownPalms {
    private final CustomerStore customers;
    private final TemplateMatcher matcher;

    public CachedKnownPalms(CustomerStore customers, TemplateMatcher matcher) {
        this.customers = customers;
        this.matcher = matcher;
    }

    @Override
    public Optional<String> customerOf(byte[] template) {
        Map<String, List<byte[]>> gallery = customers.allPalmTemplates().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue())));
        return matcher.identify(template, gallery).map(TemplateMatcher.Match::customerId);
    }
}
