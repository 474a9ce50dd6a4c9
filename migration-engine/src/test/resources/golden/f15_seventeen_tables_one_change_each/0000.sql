CREATE TABLE `a_ren_table` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `b_ren_col` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `c_drop_col` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`gone` integer
);
--> statement-breakpoint
CREATE TABLE `d_add_nullable` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `e_add_notnull_default` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `f_type` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` integer
);
--> statement-breakpoint
CREATE TABLE `g_notnull_on` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text DEFAULT 'g'
);
--> statement-breakpoint
CREATE TABLE `h_notnull_off` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `i_default_add` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` integer
);
--> statement-breakpoint
CREATE TABLE `j_default_drop` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` integer DEFAULT 7
);
--> statement-breakpoint
CREATE TABLE `k_index_add` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `l_index_drop` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE INDEX `l_v_idx` ON `l_index_drop` (`v`);--> statement-breakpoint
CREATE TABLE `m_unique_add` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `n_drop_table` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `o_check_add` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` integer
);
--> statement-breakpoint
CREATE TABLE `p_fk_add` (
	`id` integer PRIMARY KEY NOT NULL,
	`a_id` integer
);
--> statement-breakpoint
CREATE TABLE `q_pk_change` (
	`id` integer NOT NULL,
	`v` text NOT NULL
);
