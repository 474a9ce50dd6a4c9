/** Use case db:pull: a live database into Java schema sources and a baseline migration. */
package dev.godwit.engine.pull;
