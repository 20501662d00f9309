-- The audit log is append-only: who changed what must not be rewritten or erased afterwards.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
-- Fare periods of one train/class/sub-class/pair never overlap, so a service date has one price.
-- A row with the same start is left to the unique index (the seed's "insert or ignore" relies on it).
CREATE TRIGGER `fares_no_overlap_insert` BEFORE INSERT ON `fares`
WHEN EXISTS (
  SELECT 1 FROM `fares` f
  WHERE f.train_id = NEW.train_id AND f.seat_class = NEW.seat_class AND f.sub_class = NEW.sub_class
    AND f.origin_code = NEW.origin_code AND f.destination_code = NEW.destination_code
    AND f.effective_from <> NEW.effective_from
    AND f.effective_from <= coalesce(NEW.effective_to, '9999-12-31')
    AND NEW.effective_from <= coalesce(f.effective_to, '9999-12-31')
)
BEGIN SELECT RAISE(ABORT, 'fare_period_overlap'); END;
--> statement-breakpoint
CREATE TRIGGER `fares_no_overlap_update` BEFORE UPDATE ON `fares`
WHEN EXISTS (
  SELECT 1 FROM `fares` f
  WHERE f.id <> NEW.id
    AND f.train_id = NEW.train_id AND f.seat_class = NEW.seat_class AND f.sub_class = NEW.sub_class
    AND f.origin_code = NEW.origin_code AND f.destination_code = NEW.destination_code
    AND f.effective_from <= coalesce(NEW.effective_to, '9999-12-31')
    AND NEW.effective_from <= coalesce(f.effective_to, '9999-12-31')
)
BEGIN SELECT RAISE(ABORT, 'fare_period_overlap'); END;
