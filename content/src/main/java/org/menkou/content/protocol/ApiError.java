package org.menkou.content.protocol;

/** The body of every 4xx/5xx answer of the kiosk API: a stable code and a sentence for people. */
public record ApiError(String error, String message) {
}
