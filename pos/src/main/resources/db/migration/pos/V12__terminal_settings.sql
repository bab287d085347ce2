-- Terminal settings a manager changed on the settings screen, by configuration key (the same names as
-- <data>/palmpos.properties). A row here wins over the file at the next start; no row means the file's value.
-- Who and when are kept with each value so a question about a setting can be answered later.
CREATE TABLE terminal_setting (
    setting_key  VARCHAR(80)  NOT NULL PRIMARY KEY,
    setting_value VARCHAR(400) NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(60)  NOT NULL
);
