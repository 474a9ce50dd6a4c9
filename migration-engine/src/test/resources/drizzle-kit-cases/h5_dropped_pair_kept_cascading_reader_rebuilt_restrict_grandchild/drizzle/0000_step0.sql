CREATE TABLE `regions` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `regions_code_unique` ON `regions` (`code`);--> statement-breakpoint
CREATE TABLE `shops` (
	`id` integer PRIMARY KEY NOT NULL,
	`region_id` integer DEFAULT 1 NOT NULL,
	`region_code` text,
	FOREIGN KEY (`region_id`) REFERENCES `regions`(`id`) ON UPDATE no action ON DELETE set default,
	FOREIGN KEY (`region_code`) REFERENCES `regions`(`code`) ON UPDATE cascade ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `stock` (
	`id` integer PRIMARY KEY NOT NULL,
	`shop_id` integer NOT NULL,
	FOREIGN KEY (`shop_id`) REFERENCES `shops`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `audit` (
	`id` integer PRIMARY KEY NOT NULL,
	`stock_id` integer,
	`note` text,
	FOREIGN KEY (`stock_id`) REFERENCES `stock`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `audit_refs` (
	`id` integer PRIMARY KEY NOT NULL,
	`audit_id` integer NOT NULL,
	FOREIGN KEY (`audit_id`) REFERENCES `audit`(`id`) ON UPDATE no action ON DELETE restrict
);
