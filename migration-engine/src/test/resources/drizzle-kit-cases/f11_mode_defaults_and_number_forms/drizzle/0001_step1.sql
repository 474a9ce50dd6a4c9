ALTER TABLE `prefs` ADD `cfg` text DEFAULT '{"a": [1, 2]}';--> statement-breakpoint
ALTER TABLE `prefs` ADD `at` integer DEFAULT 0;--> statement-breakpoint
ALTER TABLE `prefs` ADD `at_ms` integer DEFAULT 1700000000000;--> statement-breakpoint
ALTER TABLE `prefs` ADD `big` numeric DEFAULT '9007199254740993';--> statement-breakpoint
ALTER TABLE `prefs` ADD `num` numeric DEFAULT 2.5;--> statement-breakpoint
ALTER TABLE `prefs` ADD `numstr` numeric DEFAULT '007';--> statement-breakpoint
ALTER TABLE `prefs` ADD `r1` real DEFAULT 1e+21;--> statement-breakpoint
ALTER TABLE `prefs` ADD `r2` real DEFAULT 0.1;--> statement-breakpoint
ALTER TABLE `prefs` ADD `r3` real DEFAULT 100;--> statement-breakpoint
ALTER TABLE `prefs` ADD `r4` real DEFAULT 0;--> statement-breakpoint
ALTER TABLE `prefs` ADD `r5` real DEFAULT 5e-324;--> statement-breakpoint
ALTER TABLE `prefs` ADD `r6` real DEFAULT 1.7976931348623157e+308;--> statement-breakpoint
ALTER TABLE `prefs` ADD `i1` integer DEFAULT 9007199254740991;--> statement-breakpoint
ALTER TABLE `prefs` ADD `t1` text DEFAULT 1000;--> statement-breakpoint
ALTER TABLE `prefs` ADD `t2` text DEFAULT '+5';--> statement-breakpoint
ALTER TABLE `prefs` ADD `on` integer DEFAULT true;