/** The way back: Time Travel bookmarks and restores on D1, copies of the local file before an apply and their restore. */
package dev.godwit.engine.restore;
