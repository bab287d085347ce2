package com.palmpos.pos.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** Small JDBC helpers shared by the repositories. */
public final class Jdbc {
    private Jdbc() {
    }

    public static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i] instanceof Instant instant ? Timestamp.from(instant) : args[i];
            statement.setObject(i + 1, arg);
        }
    }

    public static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
