PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_t` (
	`id` integer PRIMARY KEY NOT NULL,
	`s0` text DEFAULT 'a
bé
',
	`s1` text DEFAULT 'tab	hereé
',
	`s2` text DEFAULT '🦆 éé
',
	`s3` text DEFAULT 'C:\path\né
',
	`s4` text DEFAULT 'say "hi"é
',
	`s5` text DEFAULT 'back`tické
',
	`s6` text DEFAULT '-- not a commenté
',
	`s7` text DEFAULT '  padded  é
',
	`s8` text DEFAULT 'é
',
	`s9` text DEFAULT 'CURRENT_TIMESTAMPé
',
	`s10` text DEFAULT 'it''sé
',
	`s11` text DEFAULT '''''é
',
	`s12` text DEFAULT '\''é
',
	`n_text` text DEFAULT 11,
	`n_num_str` numeric DEFAULT '1.50é
',
	`n_num` numeric DEFAULT 4,
	`r_int` real DEFAULT 3,
	`r_neg` real DEFAULT 0,
	`i_neg` integer DEFAULT -13,
	`i_big` integer DEFAULT 8589934593,
	`r_small` real DEFAULT 1.0000002,
	`t_num_str` text DEFAULT '007é
',
	`a0` text DEFAULT 'a
bé
',
	`a1` text DEFAULT 'tab	hereé
',
	`a2` text DEFAULT '🦆 éé
',
	`a3` text DEFAULT 'C:\path\né
',
	`a4` text DEFAULT 'say "hi"é
',
	`a5` text DEFAULT 'back`tické
',
	`a6` text DEFAULT '-- not a commenté
',
	`a7` text DEFAULT '  padded  é
',
	`a8` text DEFAULT 'é
',
	`a9` text DEFAULT 'CURRENT_TIMESTAMPé
',
	`a10` text DEFAULT 'it''sé
',
	`a11` text DEFAULT '''''é
',
	`a12` text DEFAULT '\''é
',
	`a_nn` text DEFAULT 'x
y''zé
' NOT NULL,
	`a_num` numeric DEFAULT '2.50é
'
);
--> statement-breakpoint
INSERT INTO `__new_t`("id", "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "s12", "n_text", "n_num_str", "n_num", "r_int", "r_neg", "i_neg", "i_big", "r_small", "t_num_str", "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12", "a_nn", "a_num") SELECT "id", "s0", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "s11", "s12", "n_text", "n_num_str", "n_num", "r_int", "r_neg", "i_neg", "i_big", "r_small", "t_num_str", "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12", "a_nn", "a_num" FROM `t`;--> statement-breakpoint
DROP TABLE `t`;--> statement-breakpoint
ALTER TABLE `__new_t` RENAME TO `t`;--> statement-breakpoint
PRAGMA foreign_keys=ON;