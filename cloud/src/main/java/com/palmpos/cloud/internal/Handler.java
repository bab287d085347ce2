package com.palmpos.cloud.internal;

import java.sql.Connection;
import java.sql.SQLException;

/** Serves one route inside the request's database transaction {@code tx}. */
@FunctionalInterface
public interface Handler {
    Reply handle(Call call, Connection tx) throws SQLException;
}
