CREATE TABLE `t` (
	`code` text
);
