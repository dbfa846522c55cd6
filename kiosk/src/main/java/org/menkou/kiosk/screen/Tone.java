package org.menkou.kiosk.screen;

/** How a screen is drawn: calm (light on black), or alarm (full-screen, light on red, with a marker in words). */
public enum Tone {
    NORMAL, ALERT
}
