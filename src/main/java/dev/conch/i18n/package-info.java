/**
 * Messages and help topics in English and Chinese: resource bundles under {@code dev/conch/i18n/}
 * and help pages under {@code dev/conch/i18n/help/<lang>/}. Imports nothing of Conch. Immutable
 * once loaded; safe from any thread.
 */
package dev.conch.i18n;
