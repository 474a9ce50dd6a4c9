DELETE FROM comments WHERE hidden = 1;
