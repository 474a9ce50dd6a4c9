DROP VIEW `va`;--> statement-breakpoint
DROP VIEW `vb`;--> statement-breakpoint
DROP TABLE `b`;--> statement-breakpoint
ALTER TABLE `a` DROP COLUMN `y`;--> statement-breakpoint
CREATE VIEW `va` AS select id, x from a;