PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`e0` integer DEFAULT 3,
	`e1` text DEFAULT 'plain',
	`e2` integer DEFAULT 3,
	`e3` text DEFAULT 'plain',
	`e4` integer DEFAULT 3,
	`e5` text DEFAULT 'plain',
	`e6` integer DEFAULT 3,
	`e7` text DEFAULT 'plain',
	`e8` integer DEFAULT 3,
	`e9` text DEFAULT 'plain',
	`e10` integer DEFAULT 3,
	`e11` text DEFAULT 'plain',
	`e12` integer DEFAULT 3,
	`e13` text DEFAULT 'plain',
	`e14` integer DEFAULT 3
);
--> statement-breakpoint
INSERT INTO `__new_t`("id", "e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10", "e11", "e12", "e13", "e14") SELECT "id", "e0", "e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e9", "e10", "e11", "e12", "e13", "e14" FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE TABLE `__new_u` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`a0` numeric DEFAULT (2 * 3),
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
INSERT INTO `__new_u`("id", "v", "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12", "a13", "a14", "nn1", "nn2", "nn3") SELECT "id", "v", "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12", "a13", "a14", "nn1", "nn2", "nn3" FROM `u`;--> statement-breakpoint
DROP TABLE `u`;--> statement-breakpoint
ALTER TABLE `__new_u` RENAME TO `u`;