package org.menkou.kiosk.session;

import org.menkou.kiosk.screen.Screen;

/** What the kiosk says after a scan that identified nobody: the sentence for its kind, never the code itself. */
final class ScanRefusedScreen extends Screen {
    private final String sentence;

    ScanRefusedScreen(String sentence) {
        this.sentence = sentence;
    }

    @Override
    public String title() {
        return "刷码";
    }

    @Override
    protected String text() {
        return sentence + "。\n按返回键回去，按0回首页。";
    }
}
