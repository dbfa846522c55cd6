package org.menkou.content.protocol;

/**
 * The district release key's public half ({@code GET} {@link KioskApiPaths#RELEASE_KEY}), base64 of its X.509
 * encoding. A kiosk takes it on first use only when it was not given one at install; it never replaces a key it holds.
 */
public record ReleaseKey(String publicKey) {
}
