package org.menkou.admin.audit;

import java.util.Arrays;

/** The kinds of things the audit log records changes of, each with the words staff read on the audit page. */
public enum AuditSubject {
    NOTICE("通知活动"), CANTEEN_MENU("食堂菜单"), SERVICE_ITEM("服务项目"), POLICY("政策"), RESIDENT("居民"),
    RESIDENT_ADDRESS("居民送餐地址"), STATION("站点"), SUBSIDY_TIER("补贴档次"), USER("用户"), KIOSK("终端"),
    CARD("居民服务卡"), MEAL_BOOKING("订餐"), ALARM("紧急呼叫"),
    SERVICE_REQUEST("服务申请"), FEEDBACK("满意度"), SETTLEMENT("资金结算"),
    KIOSK_RELEASE("终端软件");

    private final String label;

    AuditSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The words for a recorded entity code; an unknown code is shown as it is. */
    public static String labelOf(String code) {
        return Arrays.stream(values()).filter(a -> a.name().equals(code)).findFirst().map(AuditSubject::label).orElse(code);
    }
}
