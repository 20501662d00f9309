-- Revocations are append-only: a gate that synced version N must never see row N change or vanish.
CREATE TRIGGER `ticket_revocations_no_update` BEFORE UPDATE ON `ticket_revocations`
BEGIN SELECT RAISE(ABORT, 'ticket revocations are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `ticket_revocations_no_delete` BEFORE DELETE ON `ticket_revocations`
BEGIN SELECT RAISE(ABORT, 'ticket revocations are append-only'); END;
