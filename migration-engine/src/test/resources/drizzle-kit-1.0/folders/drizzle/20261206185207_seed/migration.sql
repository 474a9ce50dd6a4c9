-- Custom SQL migration file, put your code below! --
INSERT INTO `users` (`email`) VALUES ('a@b.c');
