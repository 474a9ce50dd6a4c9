/** Godwit's engine: no build-tool types; front ends (the Maven plugin) call the use-case packages and map {@link dev.godwit.engine.GodwitException}. */
package dev.godwit.engine;
