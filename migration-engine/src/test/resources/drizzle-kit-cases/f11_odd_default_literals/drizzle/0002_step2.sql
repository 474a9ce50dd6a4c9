ALTER TABLE `settings` ADD `d2` text DEFAULT '--> x' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `q2` text DEFAULT 'it''s; "q"' NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `n2` real DEFAULT -0.5 NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `b2` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `settings` ADD `u2` text DEFAULT 'é ✓ 	 tab' NOT NULL;