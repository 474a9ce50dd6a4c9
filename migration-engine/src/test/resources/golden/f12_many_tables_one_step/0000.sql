CREATE TABLE `hub` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text
);
--> statement-breakpoint
CREATE TABLE `t00` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t01` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `t02` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t03` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `t04` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t05` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `t06` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t07` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `t08` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t09` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `t10` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t11` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `t12` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t13` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `t14` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t15` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `t16` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t17` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE TABLE `t18` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `t19` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `t20` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `t21` (
	`id` integer PRIMARY KEY NOT NULL,
	`hub_id` integer,
	`v` text,
	`w` integer,
	FOREIGN KEY (`hub_id`) REFERENCES `hub`(`id`) ON UPDATE no action ON DELETE restrict
);
