CREATE TABLE `t00` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text
);
--> statement-breakpoint
CREATE TABLE `t01` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t00`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t02` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t01`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `t03` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	`root_id` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `t02`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`root_id`) REFERENCES `t00`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t04` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t03`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t05` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t04`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t06` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	`root_id` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `t05`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`root_id`) REFERENCES `t00`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t07` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t06`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `t08` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t07`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t09` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	`root_id` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `t08`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`root_id`) REFERENCES `t00`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t10` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t09`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `t11` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t10`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `t12` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	`root_id` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `t11`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`root_id`) REFERENCES `t00`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t13` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t12`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t14` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t13`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `t15` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	`root_id` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `t14`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`root_id`) REFERENCES `t00`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t16` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t15`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t17` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t16`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t18` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	`root_id` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `t17`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`root_id`) REFERENCES `t00`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t19` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t18`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `t20` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t19`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t21` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	`root_id` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `t20`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`root_id`) REFERENCES `t00`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t22` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t21`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `t23` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t22`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `t24` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	`root_id` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `t23`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`root_id`) REFERENCES `t00`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t25` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t24`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t26` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t25`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `t27` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	`root_id` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`prev_id`) REFERENCES `t26`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`root_id`) REFERENCES `t00`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t28` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t27`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t29` (
	`id` integer PRIMARY KEY NOT NULL,
	`v` text,
	`prev_id` integer,
	FOREIGN KEY (`prev_id`) REFERENCES `t28`(`id`) ON UPDATE no action ON DELETE set null
);
