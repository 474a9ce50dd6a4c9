/** Use case db:push: make a database match the schema directly, refusing data loss. */
package dev.godwit.engine.push;
