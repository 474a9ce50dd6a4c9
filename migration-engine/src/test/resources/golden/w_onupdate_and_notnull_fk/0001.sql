PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_posts` (
	`id` integer PRIMARY KEY NOT NULL,
	`cat` text DEFAULT 'misc' NOT NULL,
	`alt_cat` text,
	`extra_cat` text DEFAULT 'misc',
	FOREIGN KEY (`cat`) REFERENCES `cats`(`slug`) ON UPDATE cascade ON DELETE no action,
	FOREIGN KEY (`alt_cat`) REFERENCES `cats`(`slug`) ON UPDATE set null ON DELETE set null,
	FOREIGN KEY (`extra_cat`) REFERENCES `cats`(`slug`) ON UPDATE cascade ON DELETE set default
);
--> statement-breakpoint
INSERT INTO `__new_posts`(`id`,`cat`,`alt_cat`) SELECT `id`, coalesce(`cat`, 'misc'), `alt_cat` FROM `posts`;--> statement-breakpoint
DROP TABLE `posts`;--> statement-breakpoint
ALTER TABLE `__new_posts` RENAME TO `posts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;