/**
 * Godwit's daemon: a JVM that stays up between {@code db:generate} and {@code db:verify} runs, so a run's work is done by
 * code already loaded and compiled rather than in the build's fresh JVM (as the Kotlin compiler daemon does for
 * kotlin-maven-plugin). {@link dev.godwit.engine.daemon.GenerateJob} is the one generate path and {@link
 * dev.godwit.engine.daemon.VerifyJob} the one check without a live database, run in the daemon or in the caller's JVM alike.
 */
package dev.godwit.engine.daemon;
