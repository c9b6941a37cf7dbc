-- The unit's calendar is every year's default days off (the shipped official calendar, else the lunar-calendar
-- rule, computed by the app) with the officer's changes on top. calendar_days keeps the days the officer typed or
-- imported (rows written before this migration stay there as such: they lie on top of the defaults). These two
-- tables hold the other changes: a default day the officer removed, and a year an import replaced whole (there the
-- defaults do not apply, only the year's calendar_days).
CREATE TABLE calendar_removed_days (
    day_date DATE PRIMARY KEY
);

CREATE TABLE calendar_replaced_years (
    year_no INTEGER PRIMARY KEY
);
