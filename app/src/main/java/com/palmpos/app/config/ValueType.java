package com.palmpos.app.config;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How a configuration value is written and checked. Each type turns text into a typed value or throws
 * {@link IllegalArgumentException} whose message says what is allowed.
 */
public record ValueType<T>(String allowed, Function<String, T> parser) {

    T parse(String text) {
        return parser.apply(text.trim());
    }

    static ValueType<String> text(int maxLength) {
        return new ValueType<>("text of 1.." + maxLength + " characters", s -> {
            if (s.isEmpty() || s.length() > maxLength) {
                throw new IllegalArgumentException("text of 1.." + maxLength + " characters");
            }
            return s;
        });
    }

    static ValueType<Boolean> bool() {
        return new ValueType<>("true or false", s -> switch (s.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("true or false");
        });
    }

    static ValueType<Integer> integer(int min, int max) {
        String allowed = "a whole number from " + min + " to " + max;
        return new ValueType<>(allowed, s -> {
            try {
                int value = Integer.parseInt(s);
                if (value < min || value > max) {
                    throw new IllegalArgumentException(allowed);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(allowed, e);
            }
        });
    }

    /** An amount of money in major units with at most two decimals, e.g. {@code 25.00}. */
    static ValueType<BigDecimal> amount(BigDecimal max) {
        String allowed = "an amount from 0 to " + max.toPlainString() + " with at most 2 decimals, e.g. 25.00";
        return new ValueType<>(allowed, s -> {
            try {
                BigDecimal value = new BigDecimal(s);
                if (value.signum() < 0 || value.compareTo(max) > 0 || value.stripTrailingZeros().scale() > 2) {
                    throw new IllegalArgumentException(allowed);
                }
                return value.setScale(2);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(allowed, e);
            }
        });
    }

    /**
     * Like {@link #amount(BigDecimal)}, and {@code off} (any case) for zero: for thresholds where zero turns a
     * feature off.
     */
    static ValueType<BigDecimal> amountOrOff(BigDecimal max) {
        ValueType<BigDecimal> amount = amount(max);
        String allowed = amount.allowed() + ", or off (same as 0)";
        return new ValueType<>(allowed, s -> {
            if (s.equalsIgnoreCase("off")) {
                return BigDecimal.ZERO.setScale(2);
            }
            try {
                return amount.parse(s);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(allowed, e);
            }
        });
    }

    static ValueType<Double> probability(double min, double max) {
        String allowed = "a number from " + min + " to " + max + ", e.g. 1e-5";
        return new ValueType<>(allowed, s -> {
            try {
                double value = Double.parseDouble(s);
                if (!(value >= min && value <= max)) {
                    throw new IllegalArgumentException(allowed);
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(allowed, e);
            }
        });
    }

    static ValueType<String> oneOf(String... choices) {
        List<String> allowedValues = List.of(choices);
        String allowed = "one of " + String.join(", ", allowedValues);
        return new ValueType<>(allowed, s -> {
            String lower = s.toLowerCase(Locale.ROOT);
            if (!allowedValues.contains(lower)) {
                throw new IllegalArgumentException(allowed);
            }
            return lower;
        });
    }

    private static boolean loopback(String host) {
        String h = host.toLowerCase(java.util.Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || h.matches("127(\\.\\d{1,3}){3}");
    }

    /**
     * {@code embedded} (start the cloud emulator in-process) or an https URL; plain http only to this computer
     * (loopback), as the cloud client requires: card tokens and palm templates travel over TLS.
     */
    static ValueType<String> cloudUrl() {
        String allowed = "'embedded' or an https URL such as https://cloud.example.com (plain http only to this"
                + " computer: localhost, 127.0.0.1 or ::1, since card tokens and palm templates must travel over TLS)";
        return new ValueType<>(allowed, s -> {
            if (s.equalsIgnoreCase("embedded")) {
                return "embedded";
            }
            try {
                URI uri = new URI(s);
                if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null) {
                    throw new IllegalArgumentException(allowed);
                }
                if ("http".equals(uri.getScheme()) && !loopback(uri.getHost())) {
                    throw new IllegalArgumentException(allowed);
                }
                return s;
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(allowed, e);
            }
        });
    }
}
