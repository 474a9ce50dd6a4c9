CREATE TRIGGER posts_audit_delete AFTER DELETE ON posts BEGIN
  INSERT INTO audit_log (actor_id, action, entity, entity_id) VALUES (NULL, 'delete', 'posts', OLD.id);
END;
