PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_kid` (
	`id` integer PRIMARY KEY NOT NULL,
	`a` integer,
	`mid` integer,
	`c` integer,
	FOREIGN KEY (`a`,`mid`) REFERENCES `pair`(`x`,`y`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_kid`("id", "a", "mid", "c") SELECT "id", "a", "mid", "c" FROM `kid`;--> statement-breakpoint
DROP TABLE `kid`;--> statement-breakpoint
ALTER TABLE `__new_kid` RENAME TO `kid`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_profile` (
	`id` integer PRIMARY KEY NOT NULL,
	`bio` text,
	FOREIGN KEY (`id`) REFERENCES `people`(`id`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_profile`("id", "bio") SELECT "id", "bio" FROM `profile`;--> statement-breakpoint
DROP TABLE `profile`;--> statement-breakpoint
ALTER TABLE `__new_profile` RENAME TO `profile`;