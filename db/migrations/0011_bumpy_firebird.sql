ALTER TABLE `notifications` ADD `body_enc` text;--> statement-breakpoint
-- OTP messages written before sealing existed: hide their codes (long expired; nothing needs them).
UPDATE `notifications` SET `body` = substr(`body`, 1, instr(`body`, ': ') + 1) || '••••••' || substr(`body`, instr(`body`, ': ') + 8) WHERE `body` LIKE 'Kode OTP %' AND `body_enc` IS NULL AND instr(`body`, ': ') > 0;
