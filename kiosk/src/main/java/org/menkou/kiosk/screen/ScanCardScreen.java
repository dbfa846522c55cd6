package org.menkou.kiosk.screen;

/** 刷码: where the resident card will be scanned. (Identification comes with issue #6.) */
final class ScanCardScreen extends Screen {
    @Override
    public String title() {
        return "刷码";
    }

    @Override
    protected String text() {
        return "刷居民服务卡的功能还没有开通。\n现在不用刷卡，也能找服务、看政策和菜单。\n需要帮忙请找工作人员。";
    }
}
