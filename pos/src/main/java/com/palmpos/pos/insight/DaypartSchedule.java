package com.palmpos.pos.insight;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Where the store's day splits into dayparts, in local wall-clock time. Breakfast runs from midnight to
 * {@code lunchStarts}, lunch to {@code afternoonStarts}, afternoon to {@code dinnerStarts}, dinner to midnight.
 * Immutable and thread-safe.
 */
public record DaypartSchedule(LocalTime lunchStarts, LocalTime afternoonStarts, LocalTime dinnerStarts) {
    /** Breakfast until 11:00, lunch until 14:30, afternoon until 17:00, then dinner: a typical bakery-cafe day. */
    public static final DaypartSchedule DEFAULT =
            new DaypartSchedule(LocalTime.of(11, 0), LocalTime.of(14, 30), LocalTime.of(17, 0));

    public DaypartSchedule {
        Objects.requireNonNull(lunchStarts, "lunchStarts");
        Objects.requireNonNull(afternoonStarts, "afternoonStarts");
        Objects.requireNonNull(dinnerStarts, "dinnerStarts");
        if (!lunchStarts.isBefore(afternoonStarts) || !afternoonStarts.isBefore(dinnerStarts)) {
            throw new IllegalArgumentException("daypart boundaries must increase (lunch < afternoon < dinner), got "
                    + lunchStarts + ", " + afternoonStarts + ", " + dinnerStarts + ": fix the store's daypart settings");
        }
    }

    /** The daypart of a local time. Constant time. */
    public Daypart daypartOf(LocalTime time) {
        if (time.isBefore(lunchStarts)) {
            return Daypart.BREAKFAST;
        }
        if (time.isBefore(afternoonStarts)) {
            return Daypart.LUNCH;
        }
        return time.isBefore(dinnerStarts) ? Daypart.AFTERNOON : Daypart.DINNER;
    }

    /** The daypart of an instant as seen on the wall clock of {@code zone}. Constant time. */
    public Daypart daypartOf(Instant at, ZoneId zone) {
        return daypartOf(at.atZone(zone).toLocalTime());
    }
}
