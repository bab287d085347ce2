package com.palmpos.pos.settings;

import com.palmpos.pos.internal.Jdbc;
import com.palmpos.pos.store.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Settings a manager changed on this terminal (table {@code terminal_setting}), by configuration key, e.g.
 * {@code store.name}. These override {@code <data>/palmpos.properties} when the terminal starts; the screen that
 * writes them says which ones need a restart. Values are plain text (never secrets). Thread-safe; each call is one
 * small transaction (about a millisecond warm): call it off the FX thread.
 */
public final class TerminalSettingStore {
    /** Longest key and value the table holds. */
    public static final int MAX_KEY = 80;
    public static final int MAX_VALUE = 400;

    private final Database database;
    private final Clock clock;

    public TerminalSettingStore(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every stored setting, by key (sorted). Empty when no manager has saved settings yet. */
    public Map<String, String> all() {
        return database.inTransaction(c -> {
            Map<String, String> values = new TreeMap<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT setting_key, setting_value FROM terminal_setting")) {
                while (rs.next()) {
                    values.put(rs.getString(1), rs.getString(2));
                }
            }
            return Collections.unmodifiableMap(values);
        });
    }

    /**
     * Stores {@code values} in one transaction (all or none), recording {@code staffId} and the time.
     *
     * @throws IllegalArgumentException if a key or value is blank or too long; nothing is stored then
     */
    public void putAll(Map<String, String> values, String staffId) {
        Objects.requireNonNull(staffId, "staffId");
        values.forEach(TerminalSettingStore::check);
        Instant now = clock.instant();
        database.inTransaction(c -> {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO terminal_setting (setting_key, setting_value,"
                    + " changed_at, changed_by) KEY (setting_key) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, String> e : values.entrySet()) {
                    Jdbc.bind(s, e.getKey(), e.getValue(), now, staffId);
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }

    private static void check(String key, String value) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY) {
            throw new IllegalArgumentException("setting key must be 1.." + MAX_KEY + " characters, was '" + key + "'");
        }
        if (value == null || value.length() > MAX_VALUE) {
            throw new IllegalArgumentException("setting '" + key + "' must have a value of at most " + MAX_VALUE
                    + " characters");
        }
    }
}
