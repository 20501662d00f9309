-- Gate staff and frozen wallets (issue 11.5, 11.9). The CHECK is on the column (SQLite allows it on
-- ADD COLUMN; a table-level one would need rebuilding `users`, which every table references).
ALTER TABLE `users` ADD `staff_role` text CHECK (`staff_role` IS NULL OR `staff_role` = 'petugas');--> statement-breakpoint
ALTER TABLE `wallets` ADD `frozen_at` integer;
