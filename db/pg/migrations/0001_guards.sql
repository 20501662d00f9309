-- The SQLite triggers of db/migrations 0003, 0009 and 0013, with the same names and messages
-- (RAISE(ABORT, msg) there, RAISE EXCEPTION msg here: the statement fails and nothing changes).
-- Append-only tables: the message is the trigger's argument.
CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0];
END;
$$;
--> statement-breakpoint
-- The ledger is append-only: a correction is a new transfer, never an edit of history.
CREATE TRIGGER "ledger_entries_no_update" BEFORE UPDATE ON "ledger_entries"
FOR EACH ROW EXECUTE FUNCTION "refuse_change"('ledger entries are append-only');
--> statement-breakpoint
CREATE TRIGGER "ledger_entries_no_delete" BEFORE DELETE ON "ledger_entries"
FOR EACH ROW EXECUTE FUNCTION "refuse_change"('ledger entries are append-only');
--> statement-breakpoint
CREATE TRIGGER "ledger_transfers_no_update" BEFORE UPDATE ON "ledger_transfers"
FOR EACH ROW EXECUTE FUNCTION "refuse_change"('ledger transfers are append-only');
--> statement-breakpoint
CREATE TRIGGER "ledger_transfers_no_delete" BEFORE DELETE ON "ledger_transfers"
FOR EACH ROW EXECUTE FUNCTION "refuse_change"('ledger transfers are append-only');
--> statement-breakpoint
-- Revocations are append-only: a gate that synced version N must never see row N change or vanish.
CREATE TRIGGER "ticket_revocations_no_update" BEFORE UPDATE ON "ticket_revocations"
FOR EACH ROW EXECUTE FUNCTION "refuse_change"('ticket revocations are append-only');
--> statement-breakpoint
CREATE TRIGGER "ticket_revocations_no_delete" BEFORE DELETE ON "ticket_revocations"
FOR EACH ROW EXECUTE FUNCTION "refuse_change"('ticket revocations are append-only');
--> statement-breakpoint
-- The audit log is append-only: who changed what must not be rewritten or erased afterwards.
CREATE TRIGGER "audit_log_no_update" BEFORE UPDATE ON "audit_log"
FOR EACH ROW EXECUTE FUNCTION "refuse_change"('audit_log is append-only');
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_delete" BEFORE DELETE ON "audit_log"
FOR EACH ROW EXECUTE FUNCTION "refuse_change"('audit_log is append-only');
--> statement-breakpoint
-- SQLite has no TRUNCATE; PostgreSQL's skips row triggers, so each append-only table refuses it too.
CREATE TRIGGER "ledger_entries_no_truncate" BEFORE TRUNCATE ON "ledger_entries"
FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"('ledger entries are append-only');
--> statement-breakpoint
CREATE TRIGGER "ledger_transfers_no_truncate" BEFORE TRUNCATE ON "ledger_transfers"
FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"('ledger transfers are append-only');
--> statement-breakpoint
CREATE TRIGGER "ticket_revocations_no_truncate" BEFORE TRUNCATE ON "ticket_revocations"
FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"('ticket revocations are append-only');
--> statement-breakpoint
CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log"
FOR EACH STATEMENT EXECUTE FUNCTION "refuse_change"('audit_log is append-only');
--> statement-breakpoint
-- Fare periods of one train/class/sub-class/pair never overlap, so a service date has one price.
-- On insert a row with the same start is left to the unique index (the seed's onConflictDoNothing
-- relies on it); on update the row itself is left out. Two concurrent writers cannot both slip past:
-- lib writes in SERIALIZABLE transactions, where this read conflicts with the other's insert.
CREATE FUNCTION "fares_no_overlap"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (
    SELECT 1 FROM "fares" f
    WHERE f.train_id = NEW.train_id AND f.seat_class = NEW.seat_class AND f.sub_class = NEW.sub_class
      AND f.origin_code = NEW.origin_code AND f.destination_code = NEW.destination_code
      AND CASE WHEN TG_OP = 'INSERT' THEN f.effective_from <> NEW.effective_from ELSE f.id <> NEW.id END
      AND f.effective_from <= coalesce(NEW.effective_to, '9999-12-31')
      AND NEW.effective_from <= coalesce(f.effective_to, '9999-12-31')
  ) THEN
    RAISE EXCEPTION 'fare_period_overlap';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "fares_no_overlap_insert" BEFORE INSERT ON "fares"
FOR EACH ROW EXECUTE FUNCTION "fares_no_overlap"();
--> statement-breakpoint
CREATE TRIGGER "fares_no_overlap_update" BEFORE UPDATE ON "fares"
FOR EACH ROW EXECUTE FUNCTION "fares_no_overlap"();
