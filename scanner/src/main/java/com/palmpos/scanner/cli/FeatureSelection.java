package com.palmpos.scanner.cli;

import com.palmpos.scanner.FeatureCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The feature codes {@code eval --features} compares: one code, or several joined by {@code +} whose distances
 * are averaged (score-level fusion by the sum rule; every code's impostor distances centre on 0.5, so no
 * further normalisation is needed). An empty selection means the shipped code.
 */
record FeatureSelection(List<FeatureCode> codes) {
    FeatureSelection {
        codes = List.copyOf(codes);
    }

    boolean fused() {
        return codes.size() > 1;
    }

    static String names() {
        return java.util.Arrays.stream(FeatureCode.values()).map(FeatureSelection::name)
                .collect(Collectors.joining(", "));
    }

    static String name(FeatureCode c) {
        return c.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @Override
    public String toString() {
        return codes.stream().map(FeatureSelection::name).collect(Collectors.joining("+"));
    }

    /** Reads {@code bocv}, {@code compcode-ordinal}, {@code bocv+compcode}, ... in any letter case. */
    static final class Converter implements ITypeConverter<FeatureSelection> {
        @Override
        public FeatureSelection convert(String value) {
            List<FeatureCode> codes = new ArrayList<>();
            if (value.isBlank()) {
                return new FeatureSelection(codes);
            }
            for (String part : value.split("\\+")) {
                String key = part.trim().toUpperCase(Locale.ROOT).replace('-', '_');
                try {
                    FeatureCode code = FeatureCode.valueOf(key);
                    if (codes.contains(code)) {
                        throw new TypeConversionException("'" + value + "' names " + part.trim() + " twice");
                    }
                    codes.add(code);
                } catch (IllegalArgumentException e) {
                    throw new TypeConversionException("'" + part.trim() + "' is not a feature code: use one of "
                            + names() + ", or several joined by +");
                }
            }
            return new FeatureSelection(codes);
        }
    }
}
