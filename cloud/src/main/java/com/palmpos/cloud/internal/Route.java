package com.palmpos.cloud.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of the API: method, path template such as {@code /v1/stores/{store}/menu}, and its handler.
 * Every POST is mutating and therefore idempotency-keyed.
 */
public record Route(String method, String template, boolean authenticated, Handler handler, Pattern pattern,
                    List<String> names, boolean deliversSecret) {
    private static final Pattern PARAM = Pattern.compile("\\{([a-zA-Z]+)}");

    /**
     * An operation whose answer carries a secret (a terminal's bearer token): the idempotency ledger keeps only that
     * it happened, and a replay is refused instead of handing the secret out again.
     */
    public static Route deliveringSecret(String method, String template, Handler handler) {
        return deliveringSecret(method, template, false, handler);
    }

    /** As {@link #deliveringSecret(String, String, Handler)}, for a caller that may need to authenticate. */
    public static Route deliveringSecret(String method, String template, boolean authenticated, Handler handler) {
        Route route = of(method, template, authenticated, handler);
        return new Route(route.method, route.template, authenticated, handler, route.pattern, route.names, true);
    }

    public static Route of(String method, String template, boolean authenticated, Handler handler) {
        List<String> names = new ArrayList<>();
        Matcher m = PARAM.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([^/]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return new Route(method, template, authenticated, handler, Pattern.compile(regex.toString()), List.copyOf(names), false);
    }

    public boolean mutating() {
        return "POST".equals(method);
    }

    /** The path parameters if {@code path} matches this template, else {@code null}. */
    Map<String, String> match(String path) {
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            params.put(names.get(i), m.group(i + 1));
        }
        return params;
    }
}
