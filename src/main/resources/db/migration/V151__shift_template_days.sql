-- The days of the week a shift template is worked on (a DayPattern: WEEKDAY, WEEKEND or one day); NULL: every day.
ALTER TABLE shift_template ADD COLUMN days VARCHAR(20) NULL;
