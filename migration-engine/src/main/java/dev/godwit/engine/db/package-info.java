/** The one port to a database (Database, Capabilities) and its local SQLite adapter. */
package dev.godwit.engine.db;
