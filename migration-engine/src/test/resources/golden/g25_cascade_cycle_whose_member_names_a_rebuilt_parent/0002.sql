DROP VIEW `v86`;--> statement-breakpoint
ALTER TABLE `t64` ADD `select` integer DEFAULT 110 NOT NULL;--> statement-breakpoint
ALTER TABLE `t64` ADD `c124` integer REFERENCES `from`(`id`) ON UPDATE no action ON DELETE cascade;--> statement-breakpoint
CREATE VIEW `v86` AS SELECT "c45" AS "a83", "c47" AS "a84", "c40" AS "a85", "c42" AS "a123" FROM "t39" WHERE "id" IS NOT NULL;