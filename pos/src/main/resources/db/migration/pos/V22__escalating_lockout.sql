-- PIN lockout escalates (issue #18): each lock since the last right PIN or manager reset doubles the lock time, so
-- guessing a 4-digit PIN takes years instead of days. lockouts counts those locks.
ALTER TABLE staff ADD COLUMN lockouts INT NOT NULL DEFAULT 0;
