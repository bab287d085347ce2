package com.palmpos.pos;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Why the counter's domain said no, in a form a screen can put in its own language: a stable {@link RefusalCode} and
 * the values its text needs (names, numbers, {@link com.palmpos.pos.money.Money}, {@link java.time.Instant}, enum
 * constants). The English sentence for logs stays in the exception message. Immutable and thread-safe.
 *
 * @param code      which refusal; its Javadoc lists what the arguments are, in order
 * @param arguments the values the text fills in, in the order the code's Javadoc names them
 */
public record Refusal(RefusalCode code, List<Object> arguments) {

    public Refusal {
        Objects.requireNonNull(code, "code");
        // unmodifiable but null-tolerant: an item without a name still gets its refusal shown
        arguments = Collections.unmodifiableList(Arrays.asList(arguments.toArray()));
    }

    public static Refusal of(RefusalCode code, Object... arguments) {
        return new Refusal(code, Arrays.asList(arguments));
    }
}
