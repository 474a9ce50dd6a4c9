CREATE TABLE `cats` (
	`cid` integer PRIMARY KEY NOT NULL,
	`label` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cats_label_unique` ON `cats` (`label`);--> statement-breakpoint
CREATE INDEX `cats_label_idx` ON `cats` (`label`);--> statement-breakpoint
CREATE TABLE `pets` (
	`id` integer PRIMARY KEY NOT NULL,
	`cat_id` integer,
	FOREIGN KEY (`cat_id`) REFERENCES `cats`(`cid`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `pets_cat_idx` ON `pets` (`cat_id`);