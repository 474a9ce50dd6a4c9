PRAGMA foreign_keys=OFF;--> statement-breakpoint
PRAGMA defer_foreign_keys=ON;--> statement-breakpoint
DROP TABLE `n_drop_table`;--> statement-breakpoint
ALTER TABLE `a_ren_table` RENAME TO `a_renamed`;--> statement-breakpoint
ALTER TABLE `b_ren_col` RENAME COLUMN "v" TO "w";--> statement-breakpoint
ALTER TABLE `c_drop_col` DROP COLUMN `gone`;--> statement-breakpoint
ALTER TABLE `d_add_nullable` ADD `extra` real;--> statement-breakpoint
ALTER TABLE `e_add_notnull_default` ADD `flag` integer DEFAULT false NOT NULL;--> statement-breakpoint
DROP INDEX `l_v_idx`;--> statement-breakpoint
CREATE INDEX `k_v_idx` ON `k_index_add` (`v`) WHERE "v" <> '';--> statement-breakpoint
CREATE UNIQUE INDEX `m_unique_add_v_unique` ON `m_unique_add` (`v`);--> statement-breakpoint
CREATE TABLE `__old_f_type` AS SELECT * FROM `f_type`;--> statement-breakpoint
CREATE TABLE `__old_g_notnull_on` AS SELECT * FROM `g_notnull_on`;--> statement-breakpoint
CREATE TABLE `__old_h_notnull_off` AS SELECT * FROM `h_notnull_off`;--> statement-breakpoint
CREATE TABLE `__old_i_default_add` AS SELECT * FROM `i_default_add`;--> statement-breakpoint
CREATE TABLE `__old_j_default_drop` AS SELECT * FROM `j_default_drop`;--> statement-breakpoint
CREATE TABLE `__old_o_check_add` AS SELECT * FROM `o_check_add`;--> statement-breakpoint
CREATE TABLE `__old_p_fk_add` AS SELECT * FROM `p_fk_add`;--> statement-breakpoint
CREATE TABLE `__old_q_pk_change` AS SELECT * FROM `q_pk_change`;--> statement-breakpoint
DROP TABLE `q_pk_change`;--> statement-breakpoint
DROP TABLE `p_fk_add`;--> statement-breakpoint
DROP TABLE `o_check_add`;--> statement-breakpoint
DROP TABLE `j_default_drop`;--> statement-breakpoint
DROP TABLE `i_default_add`;--> statement-breakpoint
DROP TABLE `h_notnull_off`;--> statement-breakpoint
DROP TABLE `g_notnull_on`;--> statement-breakpoint
DROP TABLE `f_type`;--> statement-breakpoint
CREATE TABLE `f_type` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `g_notnull_on` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'g' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `h_notnull_off` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `i_default_add` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` integer DEFAULT -3
);
--> statement-breakpoint
CREATE TABLE `j_default_drop` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` integer
);
--> statement-breakpoint
CREATE TABLE `o_check_add` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` integer,
	CONSTRAINT "o_v_positive" CHECK("v" > 0)
);
--> statement-breakpoint
CREATE TABLE `p_fk_add` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer,
	FOREIGN KEY (`a_id`) REFERENCES `a_renamed`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `q_pk_change` (
	`id` integer NOT NULL,
	`v` text NOT NULL,
	PRIMARY KEY(`id`, `v`)
);
--> statement-breakpoint
INSERT INTO `f_type`(`id`,`v`) SELECT `id`, `v` FROM `__old_f_type`;--> statement-breakpoint
INSERT INTO `g_notnull_on`(`id`,`v`) SELECT `id`, coalesce(`v`, 'g') FROM `__old_g_notnull_on`;--> statement-breakpoint
INSERT INTO `h_notnull_off`(`id`,`v`) SELECT `id`, `v` FROM `__old_h_notnull_off`;--> statement-breakpoint
INSERT INTO `i_default_add`(`id`,`v`) SELECT `id`, `v` FROM `__old_i_default_add`;--> statement-breakpoint
INSERT INTO `j_default_drop`(`id`,`v`) SELECT `id`, `v` FROM `__old_j_default_drop`;--> statement-breakpoint
INSERT INTO `o_check_add`(`id`,`v`) SELECT `id`, `v` FROM `__old_o_check_add`;--> statement-breakpoint
INSERT INTO `p_fk_add`(`id`,`a_id`) SELECT `id`, `a_id` FROM `__old_p_fk_add`;--> statement-breakpoint
INSERT INTO `q_pk_change`(`id`,`v`) SELECT `id`, `v` FROM `__old_q_pk_change`;--> statement-breakpoint
DROP TABLE `__old_f_type`;--> statement-breakpoint
DROP TABLE `__old_g_notnull_on`;--> statement-breakpoint
DROP TABLE `__old_h_notnull_off`;--> statement-breakpoint
DROP TABLE `__old_i_default_add`;--> statement-breakpoint
DROP TABLE `__old_j_default_drop`;--> statement-breakpoint
DROP TABLE `__old_o_check_add`;--> statement-breakpoint
DROP TABLE `__old_p_fk_add`;--> statement-breakpoint
DROP TABLE `__old_q_pk_change`;--> statement-breakpoint
CREATE TABLE `r_new` (
	`id` integer PRIMARY KEY NOT NULL,
	`q_id` integer,
	`q_v` text,
	FOREIGN KEY (`q_id`,`q_v`) REFERENCES `q_pk_change`(`id`,`v`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
PRAGMA foreign_keys=ON;