DELETE FROM users WHERE status = 'inactive';
