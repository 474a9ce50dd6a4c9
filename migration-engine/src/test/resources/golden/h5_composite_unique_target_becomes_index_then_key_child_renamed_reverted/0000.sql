CREATE TABLE `warehouses` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` text NOT NULL,
	`code` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `warehouses_org_code_uq` ON `warehouses` (`org`,`code`);--> statement-breakpoint
CREATE TABLE `bins` (
	`id` integer PRIMARY KEY NOT NULL,
	`org` text NOT NULL,
	`wh_code` text NOT NULL,
	`label` text,
	FOREIGN KEY (`org`,`wh_code`) REFERENCES `warehouses`(`org`,`code`) ON UPDATE cascade ON DELETE cascade,
	CONSTRAINT "bins_code_len" CHECK(length("wh_code") BETWEEN 1 AND 8)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bins_label_uq` ON `bins` (`org`,`wh_code`,`label`) WHERE "label" IS NOT NULL;