PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_u` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`a0` numeric DEFAULT (lower('ABC')),
	`a1` numeric DEFAULT CURRENT_TIMESTAMP,
	`a2` numeric DEFAULT current_date,
	`a3` numeric DEFAULT (1),
	`a4` numeric DEFAULT (json_array(1, 'a')),
	`a5` numeric DEFAULT -5,
	`a6` numeric DEFAULT +5,
	`a7` numeric DEFAULT X'00FF',
	`a8` numeric DEFAULT NULL,
	`a9` numeric DEFAULT 1.5e3,
	`a10` numeric DEFAULT TRUE,
	`a11` numeric DEFAULT ('a' || 'b'),
	`a12` numeric DEFAULT (abs(-3)),
	`a13` numeric DEFAULT 'lit',
	`a14` numeric DEFAULT (strftime('%Y', '2020-01-02') + 0),
	`nn1` integer DEFAULT (7) NOT NULL,
	`nn2` text DEFAULT 'q''q' NOT NULL,
	`nn3` integer DEFAULT -1 NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_u`(`id`,`v`) SELECT `id`, `v` FROM `u`;--> statement-breakpoint
DROP TABLE `u`;--> statement-breakpoint
ALTER TABLE `__new_u` RENAME TO `u`;--> statement-breakpoint
PRAGMA foreign_keys=ON;