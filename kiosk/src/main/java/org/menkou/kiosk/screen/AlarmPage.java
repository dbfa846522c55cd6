package org.menkou.kiosk.screen;

/**
 * A page of the emergency call (the call itself, its end confirmation, the staff PIN). On such a page the navigator
 * shows no idle warning, a card scan does not interrupt, and the red button shows the call's page again instead of
 * starting a second call for the same incident (a new call only once the last one is over).
 */
public interface AlarmPage {
    /** True while 0 must not leave this page (a call in progress); 0 then reaches the page as a digit. */
    boolean holdsKiosk();
}
