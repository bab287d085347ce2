package com.palmpos.scanner.cli;

import com.palmpos.scanner.InputKind;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code roi} / {@code hand} in any letter case. */
final class InputKindConverter implements ITypeConverter<InputKind> {
    @Override
    public InputKind convert(String value) {
        try {
            return InputKind.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + value + "' is not an input kind: use roi or hand");
        }
    }
}
