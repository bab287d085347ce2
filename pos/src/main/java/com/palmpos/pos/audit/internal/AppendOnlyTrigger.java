package com.palmpos.pos.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2 trigger on {@code audit_log}: refuses every UPDATE and DELETE, so the log stays append-only in the database too. */
public final class AppendOnlyTrigger implements Trigger {
    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the audit log is append-only: rows cannot be changed or deleted", "45000");
    }
}
