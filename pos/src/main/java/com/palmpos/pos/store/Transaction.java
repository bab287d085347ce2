package com.palmpos.pos.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done inside one database transaction; commit when it returns, roll back when it throws. */
@FunctionalInterface
public interface Transaction<T> {
    T run(Connection connection) throws SQLException;
}
