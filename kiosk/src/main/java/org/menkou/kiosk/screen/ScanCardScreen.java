package org.menkou.kiosk.screen;

/** 刷码: tells the resident how to scan their card. A scan from any screen identifies them (see the session package). */
final class ScanCardScreen extends Screen {
    @Override
    public String title() {
        return "刷码";
    }

    @Override
    protected String text() {
        return "请把居民服务卡的二维码对准扫码口。\n认出您以后，屏幕会跟您打招呼。\n没有卡也没关系，不刷卡也能找服务、看政策和菜单。";
    }
}
