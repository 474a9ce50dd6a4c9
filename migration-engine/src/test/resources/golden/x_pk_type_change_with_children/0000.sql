CREATE TABLE `regions` (
	`country` text NOT NULL,
	`code` text NOT NULL,
	`name` text,
	`legacy` integer,
	PRIMARY KEY(`country`, `code`)
);
--> statement-breakpoint
CREATE TABLE `stores` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`country` text,
	`region_code` text,
	FOREIGN KEY (`country`,`region_code`) REFERENCES `regions`(`country`,`code`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `stores_region_idx` ON `stores` (`country`,`region_code`);