CREATE TABLE `t` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`v ` text
);
--> statement-breakpoint
CREATE TABLE `t ` (
	`id` integer PRIMARY KEY NOT NULL,
	`t_id` integer,
	`v ` integer DEFAULT 1,
	FOREIGN KEY (`t_id`) REFERENCES `t`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `café` (
	`id` integer PRIMARY KEY NOT NULL,
	`café` text,
	`café` text DEFAULT 'd'
);
--> statement-breakpoint
CREATE UNIQUE INDEX `café_idx` ON `café` (`café`);--> statement-breakpoint
CREATE TABLE `café` (
	`id` integer PRIMARY KEY NOT NULL,
	`n` real,
	`café_id` integer,
	FOREIGN KEY (`café_id`) REFERENCES `café`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `café_idx` ON `café` (`n`);--> statement-breakpoint
CREATE TABLE `order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sq_t_v1` (
	`id` integer PRIMARY KEY NOT NULL,
	`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col0` text,
	`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col1` text,
	`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col2` text,
	`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col3` text,
	`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col4` text,
	`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col5` text,
	`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col0_ref` integer,
	FOREIGN KEY (`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col0_ref`) REFERENCES `order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sq_t_v1`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sq_t_v1_chk" CHECK("order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col1" IS NULL OR length("order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col1") < 100)
);
--> statement-breakpoint
CREATE INDEX `order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sq_t_v1_wide_index` ON `order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sq_t_v1` (`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col0`,`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col1`,`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col2`,`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col3`,`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col4`,`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col5`);--> statement-breakpoint
CREATE UNIQUE INDEX `short` ON `order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sq_t_v1` (`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col5`,`order_line_items_with_a_really_really_long_descriptive_name_for_testing_identifier_lengths_in_sqlite_col0`);